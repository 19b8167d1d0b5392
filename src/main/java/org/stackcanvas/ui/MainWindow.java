package org.stackcanvas.ui;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.stackcanvas.runtime.EngineClient;
import org.stackcanvas.runtime.LocalRuntime;
import org.stackcanvas.ui.run.RunActions;
import org.stackcanvas.ui.run.RunExecutor;
import org.stackcanvas.ui.run.RunHost;
import org.stackcanvas.ui.run.RunPanel;
import org.stackcanvas.ui.run.RunPrompts;
import org.stackcanvas.ui.run.RunSettings;
import org.stackcanvas.ui.run.ServiceRunMenu;
import org.stackcanvas.ui.session.EditorSession;

/**
 * The main window: menu bar and toolbar, palette | canvas | inspector, the YAML / Problems / Logs
 * tabs below, the Run panel and a status bar. It owns which project is open; the panes come from
 * {@link EditorViews.Factory}. The Run actions belong to the window, not to one project: an action
 * started before a Save As goes on in the saved copy.
 */
public final class MainWindow {

    private final Stage stage;
    private final EditorViews.Factory factory;
    private final FileActions files;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final Label problemsCount = new Label();
    private final RunActions run;
    private final RunPanel runPanel;
    private final ServiceRunMenu serviceRunMenu;
    private Theme theme = Theme.LIGHT;
    private EditorSession session;
    private EditorViews views;

    public MainWindow(Stage stage, EditorViews.Factory factory, Prompts prompts, ProjectOpener opener,
            RecentFiles recent) {
        this(stage, factory, prompts, opener, recent, host -> new RunActions(host, new LocalRuntime(
                EngineClient.connect()), new RunSettings(recent.preferences().node("run")), RunPrompts.dialogs(stage),
                RunExecutor.background()));
    }

    /** With {@code run} making the Run actions (their Engine, Compose, settings and questions). */
    public MainWindow(Stage stage, EditorViews.Factory factory, Prompts prompts, ProjectOpener opener,
            RecentFiles recent, java.util.function.Function<RunHost, RunActions> run) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.files = new FileActions(this, prompts, opener, recent);
        this.run = run.apply(new RunHost() {
            @Override
            public EditorSession session() {
                return session;
            }

            @Override
            public void flushEdits() {
                views.flushEdits();
            }

            @Override
            public boolean save() {
                return files.save();
            }
        });
        // After every action the live status is read again rather than waiting for the next event.
        this.run.setOnFinished(() -> {
            if (views != null && views.runtime() != null) {
                views.runtime().resync();
            }
        });
        this.runPanel = new RunPanel(this.run);
        this.serviceRunMenu = new ServiceRunMenu(this.run);
        root.getStyleClass().add("main-window");
        status.getStyleClass().add("status-text");
        problemsCount.getStyleClass().add("status-problems");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("main-window.css")).toExternalForm());
        stage.setScene(scene);
        scene.setOnDragOver(this::acceptFileDrag);
        scene.setOnDragDropped(this::openDroppedFile);
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            } else {
                this.run.cancel(); // a Compose still running would outlive the window
            }
        });
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                files.checkDisk();
            }
        });
        theme.apply();
    }

    /** Shows {@code newSession} in this window, replacing the open project. */
    public void show(EditorSession newSession) {
        this.session = Objects.requireNonNull(newSession, "newSession");
        if (views != null) {
            views.dispose();
        }
        this.views = factory.create(newSession);
        views.setServiceMenu(services -> serviceRunMenu.create(services, session.snapshot().project()));
        views.setProjectNaming(run::projectName);
        MainMenu menu = new MainMenu(this, files);
        VBox top = new VBox(menu.menuBar(), menu.toolBar());
        root.setTop(top);
        root.setCenter(center());
        root.setBottom(new VBox(runPanel, statusBar()));
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> projectTitle() + (session.dirtyProperty().get() ? " \u2022" : "") + " \u2014 StackCanvas",
                session.dirtyProperty()));
        status.textProperty().bind(Bindings.createStringBinding(() -> session.errorProperty().get() != null
                        ? session.errorProperty().get().describe() : session.statusProperty().get(),
                session.statusProperty(), session.errorProperty()));
        problemsCount.textProperty().bind(Bindings.createStringBinding(
                () -> servicesSummary(session) + " \u00b7 " + views.problemsSummary().get(),
                session.snapshotProperty(), views.problemsSummary()));
    }

    private static String servicesSummary(EditorSession session) {
        int services = session.snapshot().model().services().size();
        return services + (services == 1 ? " service" : " services");
    }

    private Region center() {
        Region palette = side(views.palette(), 190, "palette-side");
        Region inspector = side(views.inspector(), 340, "inspector-side");
        SplitPane sides = new SplitPane(palette, views.canvas(), inspector);
        sides.setDividerPositions(0.14, 0.75);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        // Only the YAML tab shows at first: the others get their content when first chosen, so the
        // first frame neither styles their tables nor connects the Logs tab to the Engine.
        EditorViews shown = views;
        TabPane bottom = new TabPane(tab("YAML", views.yaml()), lazyTab("Problems", shown::problems),
                lazyTab("Logs", shown::logs));
        bottom.getStyleClass().add("bottom-tabs");
        SplitPane vertical = new SplitPane(sides, bottom);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.66);
        return vertical;
    }

    /** A side pane keeps a useful width when the window resizes; the canvas takes the rest. */
    private static Region side(javafx.scene.Node content, double width, String styleClass) {
        BorderPane box = new BorderPane(content);
        box.setPrefWidth(width);
        box.setMinWidth(width * 0.6);
        box.getStyleClass().add(styleClass);
        return box;
    }

    private static Tab lazyTab(String title, java.util.function.Supplier<javafx.scene.Node> content) {
        Tab tab = tab(title, null);
        javafx.beans.value.ChangeListener<Boolean> fill = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                }
            }
        };
        tab.selectedProperty().addListener(fill);
        return tab;
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        tab.setId("tab-" + title.toLowerCase());
        return tab;
    }

    private Region statusBar() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, problemsCount);
        if (views.engineIndicator() != null) {
            javafx.scene.control.Separator separator = new javafx.scene.control.Separator(Orientation.VERTICAL);
            bar.getChildren().addAll(separator, views.engineIndicator());
        }
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void acceptFileDrag(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
            event.consume();
        }
    }

    private void openDroppedFile(DragEvent event) {
        if (event.getDragboard().hasFiles() && !event.getDragboard().getFiles().isEmpty()) {
            Path path = event.getDragboard().getFiles().get(0).toPath();
            event.setDropCompleted(true);
            event.consume();
            javafx.application.Platform.runLater(() -> files.open(path));
        }
    }

    public EditorSession session() {
        return session;
    }

    public EditorViews views() {
        return views;
    }

    /** The Run actions (Up, Down, ...); {@link RunActions#setOnFinished} follows every action's end. */
    public RunActions runActions() {
        return run;
    }

    RunPanel runPanel() {
        return runPanel;
    }

    FileActions files() {
        return files;
    }

    public Stage stage() {
        return stage;
    }

    /** The project's name for titles: the main file name, or "sample"/"untitled" for new ones. */
    String projectTitle() {
        if (session == null) {
            return "StackCanvas";
        }
        if (session.isUntitled()) {
            return session.snapshot().model().services().isEmpty() ? "Untitled" : "Untitled (sample)";
        }
        return session.snapshot().project().name() + " \u2013 " + session.primaryDocument();
    }

    void toggleTheme() {
        theme = theme.other();
        theme.apply();
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), theme == Theme.DARK);
    }

    Theme theme() {
        return theme;
    }
}
