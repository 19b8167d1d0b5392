package org.stackcanvas.ui.logs;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.stackcanvas.runtime.ContainerInfo;
import org.stackcanvas.runtime.EngineClient;
import org.stackcanvas.runtime.EngineLogSource;
import org.stackcanvas.runtime.LogBuffer;
import org.stackcanvas.runtime.LogSource;
import org.stackcanvas.runtime.ServiceStatus;
import org.stackcanvas.ui.session.EditorSession;

/**
 * The Logs tab: the project's container logs, all services or one, with search, pause, copy and
 * save. Lines reach the list in batches at most every 100 ms; the list is virtualized, so ten
 * thousand lines scroll as smoothly as ten. It follows the newest line unless the user scrolled up.
 */
public final class LogsView extends BorderPane {

    static final String ALL_SERVICES = "All services";
    private static final Duration BATCH = Duration.millis(100);
    /** A row: one line of text and the cell's 1px padding above and below. */
    private static final double ROW_HEIGHT = LogLineView.rowHeight() + 2;

    private final EditorSession session;
    private final LogsModel model;
    private final LogsFeed feed;
    private final ListView<LogBuffer.Entry> list = new ListView<>();
    private final ComboBox<String> serviceChooser = new ComboBox<>();
    private final ToggleButton pause = new ToggleButton("Pause");
    private final Label arrived = new Label();
    private final Button clear = new Button("Clear");
    private final Button copy = new Button("Copy");
    private final Button save = new Button("Save\u2026");
    private final ToggleButton wrap = new ToggleButton("Wrap");
    private final Label message = new Label();
    private final Label note = new Label();
    private final Label placeholder = new Label();
    private final Timeline batches;
    private final LogExport export;
    private final TailFollowing tail = new TailFollowing(list);
    private final LogSearchBar search;
    private List<ServiceStatus> statuses = List.of();
    private String engineProblem;
    private String projectName;
    private boolean started;

    /** Follows the logs through this Engine; {@link #update(List)} tells it which containers exist. */
    public LogsView(EditorSession session, EngineClient engine) {
        this(session, new EngineLogSource(engine), engine::status, new LogBuffer(), ZoneId.systemDefault());
    }

    LogsView(EditorSession session, LogSource source, LogsFeed.StatusQuery query, LogBuffer buffer, ZoneId zone) {
        this.session = Objects.requireNonNull(session, "session");
        this.model = new LogsModel(buffer, zone);
        this.feed = new LogsFeed(source, query, buffer, this::showStatuses, this::showProblem);
        this.projectName = session.snapshot().project().name();
        this.export = new LogExport(model, message::setText, ignored -> projectName + "-logs.txt");
        this.search = new LogSearchBar(model, list, tail);
        getStyleClass().add("logs-view");
        getStylesheets().add(Objects.requireNonNull(LogsView.class.getResource("logs.css")).toExternalForm());

        setTop(toolbar());
        buildList();
        note.getStyleClass().add("logs-note");
        note.visibleProperty().bind(model.droppedProperty().greaterThan(0));
        note.managedProperty().bind(note.visibleProperty());
        note.textProperty().bind(Bindings.createStringBinding(() -> String.format(
                "%,d older lines were dropped: the log keeps the newest %,d lines.", model.droppedProperty().get(),
                buffer.maxLines()), model.droppedProperty()));
        note.setMaxWidth(Double.MAX_VALUE);
        VBox.setVgrow(list, Priority.ALWAYS);
        setCenter(new VBox(note, list));

        refreshServices();
        updatePlaceholder();
        session.snapshotProperty().addListener((o, was, now) -> projectChanged());

        batches = new Timeline(new KeyFrame(BATCH, e -> pull()));
        batches.setCycleCount(Timeline.INDEFINITE);
        batches.play();
        // Until a status watcher calls update(), ask the Engine once when the tab is first shown.
        sceneProperty().addListener((o, was, now) -> {
            if (now != null && !started) {
                started = true;
                feed.refresh(session.snapshot().project());
            }
        });
    }

    /** The project's current containers (from the status watcher); from any thread. */
    public void update(List<ServiceStatus> snapshot) {
        feed.update(snapshot);
    }

    /** Stops following the logs. */
    public void dispose() {
        batches.stop();
        feed.close();
    }

    /** Asks for the file that Save writes to (null: cancelled); a file chooser by default. */
    void setSavePrompt(Function<Window, Path> prompt) {
        export.setSavePrompt(prompt);
    }

    private HBox toolbar() {
        serviceChooser.getStyleClass().add("logs-service-chooser");
        serviceChooser.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.setService(ALL_SERVICES.equals(now) ? null : now);
                search.refresh();
                tail.rowsAdded();
                updatePlaceholder();
            }
        });
        pause.setTooltip(new Tooltip("Hold the view still; new lines wait until Resume"));
        pause.textProperty().bind(Bindings.when(pause.selectedProperty()).then("Resume").otherwise("Pause"));
        pause.selectedProperty().addListener((o, was, now) -> {
            model.setPaused(now);
            if (!now) {
                updateAfterPull(true);
            }
        });
        arrived.getStyleClass().add("logs-arrived");
        arrived.textProperty().bind(Bindings.createStringBinding(
                () -> String.format("+%,d new", model.arrivedWhilePausedProperty().get()),
                model.arrivedWhilePausedProperty()));
        arrived.visibleProperty().bind(model.arrivedWhilePausedProperty().greaterThan(0));
        arrived.managedProperty().bind(arrived.visibleProperty());

        clear.setTooltip(new Tooltip("Forget the lines shown so far"));
        clear.setOnAction(e -> {
            model.clear();
            search.refresh();
            updatePlaceholder();
        });
        copy.setTooltip(new Tooltip("Copy the selected lines, or all lines shown"));
        copy.setOnAction(e -> export.copy(chosenLines()));
        save.setTooltip(new Tooltip("Save the lines shown to a file"));
        save.setOnAction(e -> export.save(List.copyOf(model.shown()), getScene() == null ? null : getScene().getWindow()));
        wrap.setTooltip(new Tooltip("Wrap long lines"));
        wrap.selectedProperty().addListener((o, was, now) -> applyWrap());
        message.getStyleClass().add("logs-message");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, serviceChooser, search,
                new Separator(Orientation.VERTICAL), pause, arrived, clear, copy, save, wrap, spacer, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("logs-toolbar");
        return bar;
    }

    private void buildList() {
        list.setItems(model.shown());
        list.getStyleClass().add("logs-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new LogCell(model));
        placeholder.getStyleClass().add("logs-empty");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.widthProperty().addListener(o -> applyWrap());
        applyWrap();
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                export.copy(chosenLines());
                e.consume();
            }
        });
    }

    private void pull() {
        updateAfterPull(model.pull());
    }

    private void updateAfterPull(boolean added) {
        if (added) {
            search.refresh();
            tail.rowsAdded();
        }
        updatePlaceholder();
    }

    /** Whether new lines scroll the view down (the user did not scroll up). */
    boolean followsTail() {
        return tail.isFollowing();
    }

    private void applyWrap() {
        model.setWrapWidth(wrap.isSelected() ? Math.max(100, list.getWidth() - 36) : -1);
        // Rows of one height scroll without being measured; wrapped rows need measuring.
        list.setFixedCellSize(wrap.isSelected() ? -1 : ROW_HEIGHT);
        list.refresh();
    }

    /** The lines to copy: the selected ones, or all shown. */
    private List<LogBuffer.Entry> chosenLines() {
        List<LogBuffer.Entry> selected = new ArrayList<>(list.getSelectionModel().getSelectedItems());
        if (!selected.isEmpty()) {
            selected.sort(Comparator.comparingLong(LogBuffer.Entry::seq));
            return selected;
        }
        return List.copyOf(model.shown());
    }

    private void showStatuses(List<ServiceStatus> snapshot) {
        statuses = snapshot;
        refreshServices();
        updatePlaceholder();
    }

    private void showProblem(String problem) {
        engineProblem = problem;
        updatePlaceholder();
    }

    private void projectChanged() {
        String name = session.snapshot().project().name();
        refreshServices();
        if (!name.equals(projectName)) {
            projectName = name;
            statuses = List.of();
            model.clear();
            if (started) {
                feed.refresh(session.snapshot().project());
            }
        }
        updatePlaceholder();
    }

    private void refreshServices() {
        Set<String> services = new LinkedHashSet<>();
        services.add(ALL_SERVICES);
        services.addAll(session.snapshot().project().services().keys());
        statuses.forEach(s -> services.add(s.service()));
        model.colors().assign(services.stream().filter(s -> !ALL_SERVICES.equals(s)).toList());
        list.refresh();
        String chosen = serviceChooser.getValue();
        if (!serviceChooser.getItems().equals(new ArrayList<>(services))) {
            serviceChooser.setItems(FXCollections.observableArrayList(services));
        }
        serviceChooser.setValue(chosen != null && services.contains(chosen) ? chosen : ALL_SERVICES);
    }

    private void updatePlaceholder() {
        boolean running = statuses.stream().flatMap(s -> s.containers().stream())
                .map(ContainerInfo::state).anyMatch(s -> s.isUp());
        String text;
        if (engineProblem != null) {
            text = engineProblem;
        } else if (!running && model.buffer().size() == 0) {
            text = "No containers running for project " + projectName + ". Run \u25B6 Up to start the stack.";
        } else if (model.service() != null) {
            text = "No lines from " + model.service() + " yet.";
        } else {
            text = "No log lines yet.";
        }
        placeholder.setText(text);
    }

    // For tests: the controls a user works with.
    ListView<LogBuffer.Entry> list() {
        return list;
    }

    ComboBox<String> serviceChooser() {
        return serviceChooser;
    }

    TextField searchField() {
        return search.field();
    }

    Label matchCount() {
        return search.count();
    }

    Button previousMatch() {
        return search.previous();
    }

    Button nextMatch() {
        return search.next();
    }

    ToggleButton pauseButton() {
        return pause;
    }

    Label arrivedBadge() {
        return arrived;
    }

    Button clearButton() {
        return clear;
    }

    Button copyButton() {
        return copy;
    }

    Button saveButton() {
        return save;
    }

    ToggleButton wrapToggle() {
        return wrap;
    }

    Label droppedNote() {
        return note;
    }

    Label placeholder() {
        return placeholder;
    }

    Label message() {
        return message;
    }

    LogsModel model() {
        return model;
    }
}
