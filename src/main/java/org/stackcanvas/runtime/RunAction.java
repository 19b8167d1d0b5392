package org.stackcanvas.runtime;

/** What the editor's Run actions ask of a stack. */
public enum RunAction {
    UP("Up"),
    STOP("Stop"),
    START("Start"),
    RESTART("Restart"),
    DOWN("Down"),
    BUILD("Build"),
    PULL("Pull");

    private final String title;

    RunAction(String title) {
        this.title = title;
    }

    /** The word the user sees in menus and progress ("Up", "Pull"). */
    public String title() {
        return title;
    }
}
