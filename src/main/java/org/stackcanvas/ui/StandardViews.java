package org.stackcanvas.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.ui.inspector.InspectorView;
import org.stackcanvas.ui.problems.ProblemsView;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.yaml.YamlPane;

/** The editor's panes for one session, wired to each other. */
final class StandardViews implements EditorViews {

    private final InspectorView inspector;
    private final YamlPane yaml;
    private final ProblemsView problems;

    StandardViews(EditorSession session) {
        this.inspector = new InspectorView(session);
        this.yaml = new YamlPane(session);
        this.problems = new ProblemsView(session);
        problems.setOnNavigate(yaml::reveal);
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
        return problems;
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
    public void flushEdits() {
        yaml.flush();
    }

    @Override
    public void dispose() {
        yaml.dispose();
    }

    @Override
    public void reveal(SourceLocation location) {
        yaml.reveal(location);
    }

    private static Node placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("placeholder");
        return label;
    }
}
