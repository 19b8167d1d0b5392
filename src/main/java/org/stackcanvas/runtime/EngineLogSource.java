package org.stackcanvas.runtime;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.LogContainerCmd;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.Closeable;
import java.time.Instant;
import java.util.Objects;

/**
 * Container logs through the Engine API ({@code GET /containers/{id}/logs?follow=1&timestamps=1}).
 * Every followed container holds one connection of the client's pool for as long as it is
 * followed, so the client given here should have a pool larger than the number of containers.
 */
public final class EngineLogSource implements LogSource {

    private final EngineClient engine;

    public EngineLogSource(EngineClient engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    @Override
    public Closeable read(String containerId, int tail, Instant since, boolean follow, Frames frames)
            throws RuntimeProblem {
        DockerClient docker = engine.docker();
        LogContainerCmd command = docker.logContainerCmd(containerId).withStdOut(true).withStdErr(true)
                .withFollowStream(follow).withTimestamps(true);
        if (tail >= 0) {
            command.withTail(tail);
        } else {
            command.withTailAll();
        }
        if (since != null) {
            command.withSince((int) since.getEpochSecond());
        }
        try {
            return command.exec(new ResultCallback.Adapter<Frame>() {
                @Override
                public void onNext(Frame frame) {
                    frames.frame(frame.getStreamType() == StreamType.STDERR ? LogLine.Stream.STDERR
                            : LogLine.Stream.STDOUT, frame.getPayload());
                }

                @Override
                public void onError(Throwable error) {
                    try {
                        super.onError(error);
                    } finally {
                        frames.ended();
                    }
                }

                @Override
                public void onComplete() {
                    try {
                        super.onComplete();
                    } finally {
                        frames.ended();
                    }
                }
            });
        } catch (RuntimeException e) {
            throw new RuntimeProblem("cannot follow the log of container " + containerId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isRunning(String containerId) {
        try {
            InspectContainerResponse response = engine.docker().inspectContainerCmd(containerId).exec();
            return response.getState() != null && Boolean.TRUE.equals(response.getState().getRunning());
        } catch (RuntimeProblem | RuntimeException e) {
            return false;
        }
    }
}
