package org.stackcanvas.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.ui.session.EditorSession;

/** The editor's panes for one session. */
final class StandardViews implements EditorViews {

    private final EditorSession session;
    private final TextArea yaml = new TextArea();
    private final org.stackcanvas.ui.inspector.InspectorView inspector;

    StandardViews(EditorSession session) {
        this.session = session;
        this.inspector = new org.stackcanvas.ui.inspector.InspectorView(session);
        yaml.setEditable(false);
        yaml.getStyleClass().add("yaml-text");
        yaml.setText(session.document(session.primaryDocument()).text());
        session.revisionProperty().addListener((o, a, b) -> yaml.setText(session.document(session.primaryDocument()).text()));
    }

    @Override
    public Node palette() {
        return placeholder("Palette");
    }

    @Override
    public Node canvas() {
        return placeholder("Canvas");
    }

    @Override
    public Node inspector() {
        return inspector;
    }

    @Override
    public Node yaml() {
        return yaml;
    }

    @Override
    public Node problems() {
        return placeholder("No problems");
    }

    @Override
    public Node logs() {
        return placeholder("Logs appear here while the stack runs");
    }

    @Override
    public CanvasActions canvasActions() {
        return CanvasActions.NONE;
    }

    @Override
    public void reveal(SourceLocation location) {
    }

    private static Node placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("placeholder");
        return label;
    }
}
