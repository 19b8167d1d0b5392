package org.stackcanvas.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Follows one Compose project's status on the Engine. It reads the project's containers once on
 * start and after every (re)connect, then follows the Engine's event stream and reads them again
 * after each burst of events; nothing is polled. When the stream breaks (the Engine stopped, the
 * connection dropped) it says the Engine is unreachable and why, tries again with a growing pause,
 * and reads everything again once it is back.
 *
 * <p>All work runs on one thread of its own; the listener is called there, never concurrently.
 */
public final class StatusWatcher implements AutoCloseable {

    /** Told about every change, on the watcher's thread. */
    public interface Listener {

        /** The project's services with their status, declared services first; called when it changed. */
        void statusChanged(List<ServiceStatus> statuses);

        /** The Engine became reachable (with its version) or unreachable (with the reason). */
        void engineChanged(EngineState state);
    }

    /**
     * @param coalesce   how long to wait after an event for more before reading the status again
     * @param firstRetry the pause before the first retry when the Engine is not reachable
     * @param maxRetry   the longest pause between retries (the pause doubles up to it)
     */
    public record Timing(Duration coalesce, Duration firstRetry, Duration maxRetry) {
        public static final Timing DEFAULT = new Timing(Duration.ofMillis(150), Duration.ofMillis(500),
                Duration.ofSeconds(5));

        public Timing {
            Objects.requireNonNull(coalesce, "coalesce");
            Objects.requireNonNull(firstRetry, "firstRetry");
            Objects.requireNonNull(maxRetry, "maxRetry");
        }
    }

    /** A stream that breaks sooner than this after connecting is retried after a pause, not at once. */
    private static final long HEALTHY_STREAM_NANOS = TimeUnit.SECONDS.toNanos(1);

    private static final Set<String> STATUS_EVENTS = Set.copyOf(EngineClient.STATUS_EVENTS);

    private final StatusSource source;
    private final Listener listener;
    private final Timing timing;
    private final ScheduledExecutorService thread;

    // Confined to the watcher's thread, except generation and closed (read by stream threads).
    private volatile long generation;
    private volatile boolean closed;
    private String project;
    private List<String> declared;
    private StatusSource.Subscription subscription;
    private long connectedAt;
    private Duration retryPause;
    private ScheduledFuture<?> pendingConnect;
    private ScheduledFuture<?> pendingResync;
    private List<ContainerInfo> lastContainers;
    private List<ServiceStatus> lastStatuses;
    private EngineState lastEngine;

    public StatusWatcher(StatusSource source, String projectName, List<String> declaredServices, Listener listener) {
        this(source, projectName, declaredServices, listener, Timing.DEFAULT);
    }

    public StatusWatcher(StatusSource source, String projectName, List<String> declaredServices, Listener listener,
            Timing timing) {
        this.source = Objects.requireNonNull(source, "source");
        this.project = Objects.requireNonNull(projectName, "projectName");
        this.declared = List.copyOf(declaredServices);
        this.listener = Objects.requireNonNull(listener, "listener");
        this.timing = Objects.requireNonNull(timing, "timing");
        this.retryPause = timing.firstRetry();
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "status-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /** Connects and reads the status for the first time; everything after follows from events. */
    public StatusWatcher start() {
        run(() -> connect(generation));
        return this;
    }

    /**
     * Reads the status again now (a Compose command ended, say); when the Engine was not reachable,
     * tries to connect at once instead of waiting for the next retry.
     */
    public void resync() {
        run(() -> {
            if (subscription == null) {
                cancelPendingConnect();
                connect(generation);
            } else {
                resyncNow(generation);
            }
        });
    }

    /** The services the compose file declares (they show as not created until they have containers). */
    public void setDeclaredServices(List<String> services) {
        List<String> copy = List.copyOf(services);
        run(() -> {
            if (copy.equals(declared)) {
                return;
            }
            declared = copy;
            if (lastContainers != null) {
                publish(ServiceStatus.summarize(declared, lastContainers));
            }
        });
    }

    /** Follows another project name from now on (the user renamed the project). */
    public void watch(String projectName) {
        Objects.requireNonNull(projectName, "projectName");
        run(() -> {
            if (projectName.equals(project)) {
                return;
            }
            generation++;
            endStream();
            cancelPendingConnect();
            cancelPendingResync();
            project = projectName;
            lastContainers = null;
            retryPause = timing.firstRetry();
            connect(generation);
        });
    }

    /** Ends the event stream and the watcher's thread; no listener call follows. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        generation++;
        try {
            thread.submit(this::endStream);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Already shut down.
        }
        thread.shutdown();
        try {
            if (!thread.awaitTermination(2, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    // ---- on the watcher's thread ----------------------------------------------------------------

    private void connect(long gen) {
        pendingConnect = null;
        if (closed || gen != generation) {
            return;
        }
        EngineClient.EngineVersion version;
        try {
            version = source.ping();
            // Subscribe before reading, so a change between the two is not lost.
            subscription = source.events(project, new Sink(gen));
        } catch (RuntimeProblem problem) {
            lost(gen, problem.getMessage());
            return;
        }
        connectedAt = System.nanoTime();
        reportEngine(EngineState.reachable(source.host(), version));
        resyncNow(gen);
        if (subscription != null) {
            retryPause = timing.firstRetry();
        }
    }

    private void resyncNow(long gen) {
        pendingResync = null;
        if (closed || gen != generation) {
            return;
        }
        List<ContainerInfo> containers;
        try {
            containers = source.containers(project);
        } catch (RuntimeProblem problem) {
            lost(gen, problem.getMessage());
            return;
        }
        lastContainers = containers;
        publish(ServiceStatus.summarize(declared, containers));
    }

    /**
     * The Engine did not answer: say why, forget the status, and try again after a pause that grows
     * up to the maximum.
     */
    private void lost(long gen, String message) {
        endStream();
        reportEngine(EngineState.unreachable(source.host(), message));
        // What the containers do is unknown now: show nothing rather than a state that may be stale.
        lastContainers = null;
        if (lastStatuses != null && !lastStatuses.isEmpty()) {
            publish(List.of());
        }
        scheduleConnect(gen, retryPause);
        long doubled = Math.min(retryPause.toNanos() * 2, timing.maxRetry().toNanos());
        retryPause = Duration.ofNanos(Math.max(doubled, retryPause.toNanos()));
    }

    private void streamEnded(long gen) {
        if (closed || gen != generation || subscription == null) {
            return;
        }
        endStream();
        cancelPendingResync();
        boolean wasHealthy = System.nanoTime() - connectedAt > HEALTHY_STREAM_NANOS;
        // A stream that ran a while broke because something happened: look at once. One that
        // breaks right after connecting would otherwise be reopened in a tight loop.
        scheduleConnect(gen, wasHealthy ? Duration.ZERO : retryPause);
        if (!wasHealthy) {
            retryPause = Duration.ofNanos(Math.min(retryPause.toNanos() * 2, timing.maxRetry().toNanos()));
        }
    }

    private void eventArrived(long gen, String action) {
        if (closed || gen != generation || pendingResync != null || !isStatusEvent(action)) {
            return;
        }
        pendingResync = schedule(() -> resyncNow(gen), timing.coalesce());
    }

    static boolean isStatusEvent(String action) {
        int colon = action.indexOf(':');
        String name = (colon < 0 ? action : action.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        return STATUS_EVENTS.contains(name);
    }

    private void publish(List<ServiceStatus> statuses) {
        if (statuses.equals(lastStatuses)) {
            return;
        }
        lastStatuses = statuses;
        listener.statusChanged(statuses);
    }

    private void reportEngine(EngineState state) {
        if (state.equals(lastEngine)) {
            return;
        }
        lastEngine = state;
        listener.engineChanged(state);
    }

    private void endStream() {
        if (subscription != null) {
            StatusSource.Subscription ending = subscription;
            subscription = null;
            ending.close();
        }
    }

    private void scheduleConnect(long gen, Duration delay) {
        cancelPendingConnect();
        pendingConnect = schedule(() -> connect(gen), delay);
    }

    private void cancelPendingConnect() {
        if (pendingConnect != null) {
            pendingConnect.cancel(false);
            pendingConnect = null;
        }
    }

    private void cancelPendingResync() {
        if (pendingResync != null) {
            pendingResync.cancel(false);
            pendingResync = null;
        }
    }

    private ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return thread.schedule(guarded(task), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void run(Runnable task) {
        if (closed) {
            return;
        }
        try {
            thread.execute(guarded(task));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Closed meanwhile.
        }
    }

    /** A listener's mistake must not end the watcher's thread, or status would silently stop. */
    private Runnable guarded(Runnable task) {
        return () -> {
            if (closed) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        };
    }

    /** Events of one connection; those of an older connection or project are ignored. */
    private final class Sink implements StatusSource.EventSink {
        private final long gen;

        Sink(long gen) {
            this.gen = gen;
        }

        @Override
        public void event(String action) {
            if (gen == generation) {
                run(() -> eventArrived(gen, action));
            }
        }

        @Override
        public void ended(Throwable cause) {
            if (gen == generation) {
                run(() -> streamEnded(gen));
            }
        }
    }
}
