package org.stackcanvas.ui.run;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Compose's own output of every action run from this window, newest last, each action under a
 * heading. Kept apart from the containers' logs. Only the last {@link #LIMIT} characters are kept.
 */
public final class RunOutput {

    static final int LIMIT = 200_000;

    private final StringBuilder text = new StringBuilder();
    private final ReadOnlyStringWrapper property = new ReadOnlyStringWrapper("");
    private int actionStart;

    /** The whole text (JavaFX thread). */
    public ReadOnlyStringProperty textProperty() {
        return property.getReadOnlyProperty();
    }

    public String text() {
        return text.toString();
    }

    /** What the current (or last) action wrote. */
    public String actionText() {
        return text.substring(Math.min(actionStart, text.length()));
    }

    void begin(String heading) {
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append("\u2500\u2500 ").append(heading).append('\n');
        actionStart = text.length();
        publish();
    }

    void append(Iterable<String> lines) {
        for (String line : lines) {
            text.append(line).append('\n');
        }
        publish();
    }

    private void publish() {
        if (text.length() > LIMIT) {
            int cut = text.length() - LIMIT;
            int newline = text.indexOf("\n", cut);
            cut = newline < 0 ? cut : newline + 1;
            text.delete(0, cut);
            actionStart = Math.max(0, actionStart - cut);
        }
        property.set(text.toString());
    }
}
