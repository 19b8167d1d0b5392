package org.stackcanvas.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.runtime.EngineClient;
import org.stackcanvas.runtime.StatusWatcher;
import org.stackcanvas.ui.canvas.CanvasView;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ProjectSnapshot;

/**
 * The running stack of one open project: a watcher on the Engine for the project's containers, and
 * the views that show them (card chips, the live status block, the Engine indicator). The project
 * name and services follow the file as it is edited.
 */
public final class SessionRuntime {

    private final EngineClient engine;
    private final boolean ownsEngine;
    private final StatusWatcher watcher;
    private final RuntimeState state;
    private final LiveStatusPanel livePanel;
    private final EngineIndicator indicator;
    private final EditorSession session;
    private Function<LoadedProject, String> naming = LoadedProject::name;

    /**
     * @param engine     the Engine to watch
     * @param ownsEngine whether {@link #dispose()} closes {@code engine}
     */
    public SessionRuntime(EditorSession session, CanvasView canvas, EngineClient engine, boolean ownsEngine) {
        Objects.requireNonNull(session, "session");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.ownsEngine = ownsEngine;
        this.session = session;
        // Resyncing also takes up a project name chosen since (Run Settings), so the Run actions' end
        // (which resyncs) always leaves the status on the project they ran.
        this.state = new RuntimeState(() -> {
            follow(session.snapshot());
            watcher().resync();
        });
        ProjectSnapshot snapshot = session.snapshot();
        this.watcher = new StatusWatcher(engine, naming.apply(snapshot.project()), services(snapshot),
                state.listener());
        session.snapshotProperty().addListener((o, was, now) -> {
            if (now != null) {
                follow(now);
            }
        });
        new RuntimeBadges(state, canvas);
        this.livePanel = new LiveStatusPanel(session, state, engine::usage);
        this.indicator = new EngineIndicator(state);
        watcher.start();
    }

    private StatusWatcher watcher() {
        return watcher;
    }

    /** Sets how the project name is found (see {@link org.stackcanvas.ui.EditorViews#setProjectNaming}). */
    public void setProjectNaming(Function<LoadedProject, String> naming) {
        this.naming = Objects.requireNonNull(naming, "naming");
        follow(session.snapshot());
    }

    private void follow(ProjectSnapshot snapshot) {
        watcher.watch(naming.apply(snapshot.project()));
        watcher.setDeclaredServices(services(snapshot));
    }

    private static List<String> services(ProjectSnapshot snapshot) {
        return new ArrayList<>(snapshot.model().services().keySet());
    }

    public RuntimeState state() {
        return state;
    }

    public EngineIndicator indicator() {
        return indicator;
    }

    /** The inspector with the live status block above it. */
    public Node withLivePanel(Node inspector) {
        BorderPane box = new BorderPane(inspector);
        box.setTop(livePanel);
        return box;
    }

    /** Stops following the Engine; the views are no longer shown. Closing happens off the JavaFX thread. */
    public void dispose() {
        livePanel.dispose();
        Thread closer = new Thread(() -> {
            watcher.close();
            if (ownsEngine) {
                engine.close();
            }
        }, "runtime-close");
        closer.setDaemon(true);
        closer.start();
    }
}
