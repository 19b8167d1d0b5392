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

    /** Node positions as the canvas shows them, so exported diagrams match what the user arranged. */
    default java.util.Map<String, org.stackcanvas.diagram.Position> nodePositions() {
        return java.util.Map.of();
    }

    /** "2 errors, 3 warnings" or "No problems", for the status bar. */
    default javafx.beans.value.ObservableStringValue problemsSummary() {
        return new javafx.beans.property.SimpleStringProperty("");
    }

    /** The Docker Engine indicator for the status bar; null when these views follow no Engine. */
    default Node engineIndicator() {
        return null;
    }

    /** The running stack's status (for run actions and logs); null when these views follow no Engine. */
    default org.stackcanvas.ui.run.RuntimeState runtime() {
        return null;
    }

    /**
     * How the running stack's project name is found (the file's name, or the one chosen in Run
     * Settings), so live status follows the same project the Run actions start.
     */
    default void setProjectNaming(java.util.function.Function<org.stackcanvas.project.LoadedProject, String> naming) {
    }

    /** Sends text still being typed to the session (before saving). */
    default void flushEdits() {
    }

    /** Stops background work; the views are no longer shown. */
    default void dispose() {
    }

    /** The context menu of service nodes on the canvas, made for the selected services' names. */
    default void setServiceMenu(java.util.function.Function<java.util.List<String>, javafx.scene.control.ContextMenu> menu) {
    }

    /** Shows {@code location} in the YAML pane. */
    void reveal(SourceLocation location);

    /** Builds the views for a session. */
    interface Factory {
        EditorViews create(EditorSession session);
    }
}
