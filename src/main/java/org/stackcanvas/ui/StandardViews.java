package org.stackcanvas.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.runtime.EngineClient;
import org.stackcanvas.ui.canvas.CanvasView;
import org.stackcanvas.ui.checks.CanvasBadges;
import org.stackcanvas.ui.checks.CheckRunner;
import org.stackcanvas.runtime.EngineClient;
import org.stackcanvas.ui.inspector.InspectorView;
import org.stackcanvas.ui.logs.LogsView;
import org.stackcanvas.ui.palette.PaletteView;
import org.stackcanvas.ui.problems.ProblemsView;
import org.stackcanvas.ui.run.RuntimeState;
import org.stackcanvas.ui.run.SessionRuntime;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.yaml.YamlPane;

/** The editor's panes for one session, wired to each other. */
final class StandardViews implements EditorViews {

    private static final int LOG_CONNECTIONS = 64;

    private final CanvasView canvas;
    private final PaletteView palette;
    private final InspectorView inspector;
    private final YamlPane yaml;
    private final ProblemsView problems;
    private final CheckRunner checks;
    private final SessionRuntime runtime;
    private final Node inspectorPane;
    private final EditorSession session;
    private LogsView logs;
    private EngineClient logsEngine;

    StandardViews(EditorSession session) {
        this(session, (org.stackcanvas.ui.canvas.CanvasPrompts) null);
    }

    /** With {@code openLink} opening a rule's documentation link (the system browser in the app). */
    StandardViews(EditorSession session, java.util.function.Consumer<String> openLink) {
        this(session, (org.stackcanvas.ui.canvas.CanvasPrompts) null);
        if (openLink != null) {
            problems.setOnOpenLink(openLink);
        }
    }

    /** {@code prompts} answers the canvas's questions (mount path, condition); null for dialogs. */
    StandardViews(EditorSession session, org.stackcanvas.ui.canvas.CanvasPrompts prompts) {
        this.session = session;
        this.canvas = new CanvasView(session, prompts, null);
        this.palette = new PaletteView(canvas);
        this.inspector = new InspectorView(session);
        this.yaml = new YamlPane(session);
        this.problems = new ProblemsView(session);
        // A problem opens where it is: the node (selected by the Problems view), the YAML line and
        // the inspector field that edits it.
        problems.setOnNavigate(location -> {
            yaml.reveal(location);
            inspector.focusAt(location);
        });
        this.checks = CheckRunner.inBackground(session);
        problems.addSource(checks);
        problems.showProgress(checks.runningProperty());
        new CanvasBadges(checks, canvas);
        this.runtime = new SessionRuntime(session, canvas, EngineClient.connect(), true);
        this.inspectorPane = runtime.withLivePanel(inspector);
    }

    @Override
    public Node palette() {
        return palette;
    }

    @Override
    public Node canvas() {
        return canvas;
    }

    @Override
    public Node inspector() {
        return inspectorPane;
    }

    @Override
    public Node yaml() {
        return yaml;
    }

    @Override
    public javafx.beans.value.ObservableStringValue problemsSummary() {
        return problems.summaryProperty();
    }

    @Override
    public Node problems() {
        return problems;
    }

    @Override
    public Node logs() {
        if (logs == null) {
            // A client of its own: every followed container holds one of its connections.
            logsEngine = EngineClient.connect(System.getenv(), LOG_CONNECTIONS);
            logs = new LogsView(session, logsEngine);
            // The status watcher's snapshots tell the Logs tab which containers to follow.
            LogsView view = logs;
            view.update(runtime.state().statusesProperty().get());
            runtime.state().statusesProperty().addListener((o, was, now) -> view.update(now));
        }
        return logs;
    }

    /** The Logs tab, which follows the containers of each status snapshot given to its update(). */
    LogsView logsView() {
        logs();
        return logs;
    }

    @Override
    public CanvasActions canvasActions() {
        return new CanvasActions() {
            @Override public void deleteSelection() { canvas.deleteSelection(); }
            @Override public void selectAll() { canvas.selectAll(); }
            @Override public void copy() { canvas.copy(); }
            @Override public void paste() { canvas.paste(); }
            @Override public void duplicate() { canvas.duplicate(); }
            @Override public void renameSelected() { canvas.renameSelected(); }
            @Override public void zoomIn() { canvas.zoomIn(); }
            @Override public void zoomOut() { canvas.zoomOut(); }
            @Override public void zoomReset() { canvas.resetZoom(); }
            @Override public void fitToView() { canvas.fitToView(); }
            @Override public void autoLayout() { canvas.autoLayout(); }
        };
    }

    @Override
    public java.util.Map<String, org.stackcanvas.diagram.Position> nodePositions() {
        return canvas.layoutState().positions();
    }

    @Override
    public void setServiceMenu(java.util.function.Function<java.util.List<String>, javafx.scene.control.ContextMenu> menu) {
        canvas.setServiceMenu(menu);
    }

    @Override
    public void flushEdits() {
        yaml.flush();
    }

    @Override
    public Node engineIndicator() {
        return runtime.indicator();
    }

    @Override
    public RuntimeState runtime() {
        return runtime.state();
    }

    @Override
    public void dispose() {
        checks.dispose();
        yaml.dispose();
        runtime.dispose();
        if (logs != null) {
            logs.dispose();
            logsEngine.close();
        }
    }

    @Override
    public void setProjectNaming(java.util.function.Function<org.stackcanvas.project.LoadedProject, String> naming) {
        runtime.setProjectNaming(naming);
    }

    @Override
    public void reveal(SourceLocation location) {
        yaml.reveal(location);
    }

}
