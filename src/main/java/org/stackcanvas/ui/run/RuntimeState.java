package org.stackcanvas.ui.run;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.stackcanvas.runtime.EngineState;
import org.stackcanvas.runtime.ServiceStatus;
import org.stackcanvas.runtime.StatusWatcher;

/**
 * The running stack as the views see it, on the JavaFX thread: every service's status (kept
 * current from the Engine's events) and whether the Engine is reachable. Views listen to the
 * properties; run actions call {@link #resync()} when a Compose command ends.
 */
public final class RuntimeState {

    private final ReadOnlyObjectWrapper<List<ServiceStatus>> statuses = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<EngineState> engine = new ReadOnlyObjectWrapper<>();
    private final Runnable resync;

    /** @param resync reads the status again from the Engine, off the JavaFX thread */
    public RuntimeState(Runnable resync) {
        this.resync = Objects.requireNonNull(resync, "resync");
    }

    /** Every service with its status, declared services first; empty until the Engine answered. */
    public ReadOnlyObjectProperty<List<ServiceStatus>> statusesProperty() {
        return statuses.getReadOnlyProperty();
    }

    /** Whether the Engine is reachable; null until the first answer. */
    public ReadOnlyObjectProperty<EngineState> engineProperty() {
        return engine.getReadOnlyProperty();
    }

    public Optional<ServiceStatus> status(String service) {
        return statuses.get().stream().filter(s -> s.service().equals(service)).findFirst();
    }

    /** Reads the status again now (a Compose command ended); also retries an unreachable Engine at once. */
    public void resync() {
        resync.run();
    }

    /** Shows these statuses; on the JavaFX thread. */
    public void setStatuses(List<ServiceStatus> now) {
        statuses.set(List.copyOf(now));
    }

    /** Shows the Engine's state; on the JavaFX thread. */
    public void setEngine(EngineState now) {
        engine.set(Objects.requireNonNull(now, "now"));
    }

    /** A watcher listener that hands each change to the JavaFX thread. */
    public StatusWatcher.Listener listener() {
        return new StatusWatcher.Listener() {
            @Override
            public void statusChanged(List<ServiceStatus> now) {
                Platform.runLater(() -> setStatuses(now));
            }

            @Override
            public void engineChanged(EngineState now) {
                Platform.runLater(() -> setEngine(now));
            }
        };
    }
}
