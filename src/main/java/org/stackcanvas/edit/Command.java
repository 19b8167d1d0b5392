package org.stackcanvas.edit;

/**
 * One user-level change with undo and redo. {@link #execute} returns false when nothing changed,
 * so that no-op edits never reach the undo history.
 */
public interface Command {

    /** For the Edit menu: "Rename service web to front". */
    String description();

    boolean execute(DocumentStore store) throws EditException;

    void undo(DocumentStore store);

    void redo(DocumentStore store);
}
