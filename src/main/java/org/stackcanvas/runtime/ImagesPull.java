package org.stackcanvas.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Pulls images one after the other, each with its own progress. One image failing does not stop
 * the others; the task then fails with one line per image that could not be pulled.
 */
final class ImagesPull implements RunningTask {

    /** Starts the pull of one image. */
    @FunctionalInterface
    interface Puller {
        RunningTask pull(String image, Consumer<PullProgress> progress) throws RuntimeProblem;
    }

    private final List<String> images;
    private final Puller puller;
    private final Consumer<PullProgress> progress;
    private final Consumer<String> output;
    private volatile RunningTask current;
    private volatile boolean cancelled;

    ImagesPull(List<String> images, Puller puller, Consumer<PullProgress> progress, Consumer<String> output) {
        this.images = List.copyOf(images);
        this.puller = puller;
        this.progress = progress;
        this.output = output;
        images.forEach(image -> progress.accept(PullProgress.waiting(image)));
    }

    @Override
    public void cancel() {
        cancelled = true;
        RunningTask task = current;
        if (task != null) {
            task.cancel();
        }
    }

    @Override
    public void await() throws RuntimeProblem, InterruptedException {
        List<String> failures = new ArrayList<>();
        for (String image : images) {
            if (cancelled) {
                break;
            }
            output.accept("Pulling " + image);
            try {
                RunningTask task = puller.pull(image, progress);
                current = task;
                if (cancelled) {
                    task.cancel();
                }
                task.await();
                progress.accept(PullProgress.done(image));
                output.accept("Pulled " + image);
            } catch (RuntimeProblem problem) {
                if (cancelled) {
                    break;
                }
                progress.accept(PullProgress.failed(image, problem.getMessage()));
                output.accept(image + ": " + problem.getMessage());
                failures.add(image + ": " + problem.getMessage());
            } finally {
                current = null;
            }
        }
        if (cancelled) {
            throw new RuntimeProblem("Cancelled: pull");
        }
        if (!failures.isEmpty()) {
            String header = images.size() == 1 ? "Could not pull the image:"
                    : "Could not pull " + failures.size() + " of " + images.size() + " images:";
            throw new RuntimeProblem(header + "\n  " + String.join("\n  ", failures));
        }
    }
}
