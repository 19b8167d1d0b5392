package org.stackcanvas.ui.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.stackcanvas.runtime.PullProgress;

/**
 * Carries what a running action reports (output lines, pull progress, from Compose's reader threads
 * or the Engine's stream) to the JavaFX thread in batches: however fast Compose writes, the window
 * gets at most one update per pulse, and only the latest progress of each image.
 */
final class RunFeed {

    private final RunExecutor executor;
    private final Consumer<List<String>> onLines;
    private final Consumer<List<PullProgress>> onPulls;
    private final Queue<String> lines = new ConcurrentLinkedQueue<>();
    private final Map<String, PullProgress> pulls = new LinkedHashMap<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    RunFeed(RunExecutor executor, Consumer<List<String>> onLines, Consumer<List<PullProgress>> onPulls) {
        this.executor = executor;
        this.onLines = onLines;
        this.onPulls = onPulls;
    }

    void line(String line) {
        lines.add(line);
        schedule();
    }

    void pull(PullProgress progress) {
        synchronized (pulls) {
            pulls.put(progress.image(), progress);
        }
        schedule();
    }

    /** Publishes what is pending, then runs {@code then}, on the JavaFX thread. */
    void flushThen(Runnable then) {
        executor.publish(() -> {
            flush();
            then.run();
        });
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            executor.publish(this::flush);
        }
    }

    private void flush() {
        scheduled.set(false);
        List<String> batch = new ArrayList<>();
        for (String line = lines.poll(); line != null; line = lines.poll()) {
            batch.add(line);
        }
        List<PullProgress> progress;
        synchronized (pulls) {
            progress = new ArrayList<>(pulls.values());
            pulls.clear();
        }
        if (!batch.isEmpty()) {
            onLines.accept(batch);
        }
        if (!progress.isEmpty()) {
            onPulls.accept(progress);
        }
    }
}
