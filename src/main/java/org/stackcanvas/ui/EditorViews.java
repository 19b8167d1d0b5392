package org.stackcanvas.ui;

import javafx.scene.Node;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.ui.session.EditorSession;

/** The panes of the main window for one open project; built anew when another project opens. */
public interface EditorViews {

    Node palette();

    Node canvas();

    Node inspector();

    Node yaml();

    Node problems();

    Node logs();

    CanvasActions canvasActions();

    /** Shows {@code location} in the YAML pane. */
    void reveal(SourceLocation location);

    /** Builds the views for a session. */
    interface Factory {
        EditorViews create(EditorSession session);
    }
}
