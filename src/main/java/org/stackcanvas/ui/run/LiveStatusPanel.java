package org.stackcanvas.ui.run;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stackcanvas.runtime.ContainerInfo;
import org.stackcanvas.runtime.RuntimeProblem;
import org.stackcanvas.runtime.ServiceStatus;
import org.stackcanvas.runtime.ServiceUsage;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ElementRef;

/**
 * Above the inspector's form, while one service is selected and has containers up: its state, its
 * containers, and the CPU and memory they use. The state comes from the Engine's events; CPU and
 * memory are read every two seconds, and only while this block shows.
 */
public final class LiveStatusPanel extends VBox {

    /** Reads one service's CPU and memory (the Engine's stats); called off the JavaFX thread. */
    @FunctionalInterface
    public interface UsageSource {
        List<ServiceUsage> usage(String projectName, String service) throws RuntimeProblem;
    }

    static final Duration PERIOD = Duration.ofSeconds(2);

    private static final String STYLESHEET =
            Objects.requireNonNull(LiveStatusPanel.class.getResource("run.css"), "run.css").toExternalForm();

    private final EditorSession session;
    private final RuntimeState state;
    private final UsageSource usage;
    private final Duration period;
    private final Label stateChip = new Label();
    private final Label cpu = new Label();
    private final Label memory = new Label();
    private final VBox containers = new VBox(2);
    private ScheduledExecutorService poller;
    private ScheduledFuture<?> polling;
    private String polledKey;

    public LiveStatusPanel(EditorSession session, RuntimeState state, UsageSource usage) {
        this(session, state, usage, PERIOD);
    }

    LiveStatusPanel(EditorSession session, RuntimeState state, UsageSource usage, Duration period) {
        this.session = Objects.requireNonNull(session, "session");
        this.state = Objects.requireNonNull(state, "state");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.period = Objects.requireNonNull(period, "period");
        setId("live-status");
        getStyleClass().add("live-status");
        getStylesheets().add(STYLESHEET);
        Label title = new Label("Live status");
        title.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        stateChip.setId("live-state");
        HBox heading = new HBox(8, title, spacer, stateChip);
        cpu.setId("live-cpu");
        memory.setId("live-memory");
        containers.setId("live-containers");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("live-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        grid.addRow(0, fieldLabel("CPU"), cpu);
        grid.addRow(1, fieldLabel("Memory"), memory);
        grid.addRow(2, fieldLabel("Containers"), containers);
        getChildren().addAll(heading, grid);
        session.selection().addListener((ListChangeListener<ElementRef>) c -> refresh());
        state.statusesProperty().addListener((o, was, now) -> refresh());
        session.snapshotProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    /** Stops reading CPU and memory; the panel is no longer shown. */
    public void dispose() {
        stopPolling();
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    /** Whether CPU and memory are being read (only while a running service shows). */
    boolean isPolling() {
        return polling != null;
    }

    private void refresh() {
        ServiceStatus status = shownStatus();
        boolean show = status != null && status.running() > 0;
        setVisible(show);
        setManaged(show);
        if (!show) {
            stopPolling();
            return;
        }
        stateChip.setText(StatusLook.text(status));
        stateChip.getStyleClass().setAll("label", "live-state", "runtime-" + StatusLook.tone(status));
        containers.getChildren().clear();
        for (ContainerInfo container : status.containers()) {
            Label name = new Label(container.name());
            name.getStyleClass().add("live-container-name");
            Label text = new Label(StatusLook.containerText(container));
            text.getStyleClass().add("live-container-status");
            containers.getChildren().add(new VBox(name, text));
        }
        String project = session.snapshot().project().name();
        String key = project + '\n' + status.service();
        if (!key.equals(polledKey)) {
            stopPolling();
            cpu.setText("\u2026");
            memory.setText("\u2026");
            startPolling(key, project, status.service());
        }
    }

    private ServiceStatus shownStatus() {
        if (session.selection().size() != 1 || session.snapshot() == null) {
            return null;
        }
        ElementRef selected = session.selection().get(0);
        if (selected.kind() != ElementRef.Kind.SERVICE) {
            return null;
        }
        return state.status(selected.name()).orElse(null);
    }

    private void startPolling(String key, String project, String service) {
        if (poller == null) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "service-usage");
                t.setDaemon(true);
                return t;
            });
        }
        polledKey = key;
        polling = poller.scheduleAtFixedRate(() -> read(key, project, service), 0, period.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void stopPolling() {
        if (polling != null) {
            polling.cancel(true);
            polling = null;
        }
        polledKey = null;
    }

    /** On the poller's thread. */
    private void read(String key, String project, String service) {
        try {
            List<ServiceUsage> read = usage.usage(project, service);
            Platform.runLater(() -> {
                if (key.equals(polledKey)) {
                    showUsage(read.stream().filter(u -> u.service().equals(service)).findFirst().orElse(null));
                }
            });
        } catch (RuntimeProblem problem) {
            Platform.runLater(() -> {
                if (key.equals(polledKey)) {
                    cpu.setText("unavailable");
                    memory.setText("unavailable");
                }
            });
        }
    }

    private void showUsage(ServiceUsage reading) {
        if (reading == null) {
            cpu.setText("\u2013");
            memory.setText("\u2013");
            return;
        }
        cpu.setText(String.format(Locale.ROOT, "%.1f %%", reading.cpuPercent()));
        memory.setText(bytes(reading.memoryBytes())
                + (reading.memoryLimitBytes() > 0 ? " / " + bytes(reading.memoryLimitBytes()) : ""));
    }

    /** Binary units, as {@code docker stats} shows them. */
    static String bytes(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
