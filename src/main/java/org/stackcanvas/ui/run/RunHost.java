package org.stackcanvas.ui.run;

import org.stackcanvas.ui.session.EditorSession;

/** What Run actions need from the window: the open project and a way to save it. */
public interface RunHost {

    /** The open project (a Save As opens the saved copy, so ask again after saving). */
    EditorSession session();

    /** Sends text still being typed to the session, so "dirty" is up to date. */
    void flushEdits();

    /** Saves the project (Save As for an untitled one); false when it was not saved. */
    boolean save();
}
