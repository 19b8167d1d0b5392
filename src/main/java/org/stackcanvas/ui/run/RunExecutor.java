package org.stackcanvas.ui.run;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/**
 * Where Run actions do their work and how their results come back: in the editor, one worker thread
 * (one action at a time) and the JavaFX thread; in tests, the calling thread for both.
 */
public final class RunExecutor {

    private final Executor worker;
    private final Executor publisher;
    private final Executor aside;

    private RunExecutor(Executor worker, Executor publisher, Executor aside) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.aside = Objects.requireNonNull(aside, "aside");
    }

    /** The editor's: a daemon worker thread; results on the JavaFX thread. */
    public static RunExecutor background() {
        Executor worker = Executors.newSingleThreadExecutor(r -> daemon(r, "stackcanvas-run"));
        return new RunExecutor(worker, Platform::runLater, r -> daemon(r, "stackcanvas-run-cancel").start());
    }

    /** Everything at once on the calling thread: for deterministic tests. */
    public static RunExecutor sameThread() {
        return new RunExecutor(Runnable::run, Runnable::run, Runnable::run);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Runs an action's work (Engine check, Compose, waiting for its end). */
    void work(Runnable task) {
        worker.execute(task);
    }

    /** Shows a result: on the JavaFX thread. */
    void publish(Runnable update) {
        publisher.execute(update);
    }

    /** Short blocking work beside the running action, such as ending its process tree on Cancel. */
    void aside(Runnable task) {
        aside.execute(task);
    }
}
