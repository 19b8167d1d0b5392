package org.stackcanvas.runtime;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One image pull on the Engine's stream: each message moves the image's progress; an error message
 * or a failed request becomes the pull's failure, said for the user by {@link PullFailures}.
 */
final class EnginePull implements ResultCallback<PullResponseItem>, RunningTask {

    private final String image;
    private final PullTracker tracker;
    private final Consumer<PullProgress> progress;
    private final Function<Throwable, String> describe;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile Closeable stream;
    private volatile String failure;
    private volatile boolean cancelled;

    EnginePull(String image, Consumer<PullProgress> progress, Function<Throwable, String> describe) {
        this.image = image;
        this.tracker = new PullTracker(image);
        this.progress = progress;
        this.describe = describe;
    }

    @Override
    public void onStart(Closeable closeable) {
        stream = closeable;
        if (cancelled) {
            closeQuietly();
        }
    }

    @Override
    public void onNext(PullResponseItem item) {
        if (item.isErrorIndicated()) {
            ResponseItem.ErrorDetail detail = item.getErrorDetail();
            failure = detail != null && detail.getMessage() != null ? detail.getMessage() : item.getError();
            return;
        }
        ResponseItem.ProgressDetail detail = item.getProgressDetail();
        progress.accept(tracker.accept(item.getId(), item.getStatus(),
                detail == null ? null : detail.getCurrent(), detail == null ? null : detail.getTotal()));
    }

    @Override
    public void onError(Throwable throwable) {
        if (!cancelled) {
            failure = describe.apply(throwable);
        }
        finished.countDown();
    }

    @Override
    public void onComplete() {
        finished.countDown();
    }

    @Override
    public void close() {
        cancel();
    }

    @Override
    public void cancel() {
        cancelled = true;
        closeQuietly();
        finished.countDown();
    }

    private void closeQuietly() {
        Closeable s = stream;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // The stream is gone either way.
            }
        }
    }

    @Override
    public void await() throws RuntimeProblem, InterruptedException {
        finished.await();
        if (cancelled) {
            throw new RuntimeProblem("Cancelled: pull " + image);
        }
        if (failure != null) {
            throw new RuntimeProblem(PullFailures.describe(image, failure));
        }
    }
}
