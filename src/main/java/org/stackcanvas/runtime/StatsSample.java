package org.stackcanvas.runtime;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Statistics;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** One {@code stats} sample of a container (the Engine waits about a second for its CPU reading). */
final class StatsSample {

    private StatsSample() {
    }

    /**
     * The sample, or null when the container stopped meanwhile or the wait was interrupted; an
     * Engine that cannot be reached throws the client's own exception.
     */
    static Statistics of(DockerClient docker, String containerId) {
        AtomicReference<Statistics> first = new AtomicReference<>();
        ResultCallback.Adapter<Statistics> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Statistics statistics) {
                first.compareAndSet(null, statistics);
            }
        };
        try {
            docker.statsCmd(containerId).withNoStream(true).exec(callback).awaitCompletion(10, TimeUnit.SECONDS);
        } catch (NotFoundException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            try {
                callback.close();
            } catch (IOException e) {
                // Nothing left to release.
            }
        }
        return first.get();
    }
}
