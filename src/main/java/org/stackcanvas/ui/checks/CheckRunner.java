package org.stackcanvas.ui.checks;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.ui.problems.Problem;
import org.stackcanvas.ui.problems.ProblemSource;
import org.stackcanvas.ui.problems.Severity;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ProjectSnapshot;

/**
 * Runs the validator after each change of the session's snapshot, away from the JavaFX thread, and
 * publishes its findings on the JavaFX thread as a source for the Problems tab. Changes in quick
 * succession (typing) are checked once, {@link #DEBOUNCE} after the last; a newer snapshot makes the
 * results of an older run be dropped, so what is shown always belongs to the latest state. Runs are
 * sequential on one worker thread, so one {@link ProjectChecks} (and its checker's cache) serves them all.
 *
 * <p>{@link #sameThread} checks synchronously on the caller's thread, for deterministic tests.
 */
public final class CheckRunner implements ProblemSource {

    public static final Duration DEBOUNCE = Duration.ofMillis(200);

    /** Turns one snapshot into problems. Called on the runner's worker thread, one call at a time. */
    @FunctionalInterface
    public interface Check {
        List<Problem> run(ProjectSnapshot snapshot);
    }

    private final EditorSession session;
    private final Check check;
    private final ScheduledThreadPoolExecutor worker;
    private final Executor publisher;
    private final long debounceMillis;
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<ProjectSnapshot> checked = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ChangeListener<ProjectSnapshot> onSnapshot = (o, was, now) -> schedule(now, false);
    private ScheduledFuture<?> pending;
    private volatile boolean disposed;

    private CheckRunner(EditorSession session, Check check, ScheduledThreadPoolExecutor worker, Executor publisher,
            Duration debounce) {
        this.session = Objects.requireNonNull(session, "session");
        this.check = Objects.requireNonNull(check, "check");
        this.worker = worker;
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.debounceMillis = Objects.requireNonNull(debounce, "debounce").toMillis();
        session.snapshotProperty().addListener(onSnapshot);
        if (worker == null) {
            schedule(session.snapshot(), true);
        } else {
            // The first check starts once the window being built is on its way to the screen: on a
            // two-core machine it would otherwise compete with the first frame for the CPU.
            running.set(true);
            publisher.execute(() -> schedule(session.snapshot(), true));
        }
    }

    /** The editor's runner: the standard rules, on a worker thread, {@link #DEBOUNCE} after the last change. */
    public static CheckRunner inBackground(EditorSession session) {
        return inBackground(session, new ProjectChecks(), DEBOUNCE);
    }

    /** Runs {@code check} on a worker thread; results are published with {@link Platform#runLater}. */
    public static CheckRunner inBackground(EditorSession session, Check check, Duration debounce) {
        ScheduledThreadPoolExecutor worker = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "stackcanvas-checks");
            t.setDaemon(true);
            return t;
        });
        worker.setRemoveOnCancelPolicy(true);
        return new CheckRunner(session, check, worker, Platform::runLater, debounce);
    }

    /** Checks on the thread that changes the snapshot, at once: for tests. */
    public static CheckRunner sameThread(EditorSession session) {
        return sameThread(session, new ProjectChecks());
    }

    public static CheckRunner sameThread(EditorSession session, Check check) {
        return new CheckRunner(session, check, null, Runnable::run, Duration.ZERO);
    }

    /** The findings of the latest finished run, on the JavaFX thread. */
    @Override
    public ObservableValue<List<Problem>> problems() {
        return problems.getReadOnlyProperty();
    }

    /** The snapshot the current {@link #problems()} belong to. */
    public ReadOnlyObjectProperty<ProjectSnapshot> checkedSnapshotProperty() {
        return checked.getReadOnlyProperty();
    }

    /** True from a change until its findings are published: the problems shown may be out of date. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether the problems shown belong to the session's current snapshot. */
    public boolean isUpToDate() {
        return checked.get() != null && checked.get() == session.snapshot();
    }

    /** Stops following the session and ends the worker thread. */
    public void dispose() {
        disposed = true;
        session.snapshotProperty().removeListener(onSnapshot);
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    private void schedule(ProjectSnapshot snapshot, boolean first) {
        if (snapshot == null || disposed) {
            return;
        }
        long run = generation.incrementAndGet();
        running.set(true);
        if (worker == null) {
            runAndPublish(snapshot, run);
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.schedule(() -> runAndPublish(snapshot, run), first ? 0 : debounceMillis,
                TimeUnit.MILLISECONDS);
    }

    private void runAndPublish(ProjectSnapshot snapshot, long run) {
        if (run != generation.get() || disposed) {
            return; // a newer snapshot is on its way
        }
        List<Problem> found;
        try {
            found = List.copyOf(check.run(snapshot));
        } catch (RuntimeException e) {
            // A broken rule must not take the editor down; say so where problems are listed.
            found = List.of(Problem.of(Severity.ERROR, "the checks failed: " + e, SourceLocation.UNKNOWN));
        }
        List<Problem> result = found;
        publisher.execute(() -> {
            if (run != generation.get() || disposed) {
                return;
            }
            problems.set(result);
            checked.set(snapshot);
            running.set(false);
        });
    }
}
