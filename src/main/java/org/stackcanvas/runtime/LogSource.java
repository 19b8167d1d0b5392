package org.stackcanvas.runtime;

import java.io.Closeable;
import java.time.Instant;

/** Where container logs come from: the Engine ({@link EngineLogSource}), or a fake in tests. */
public interface LogSource {

    /** Receives a followed container's output, on a reader thread. */
    interface Frames {
        /** Bytes the container wrote; a frame may end anywhere, even inside a character. */
        void frame(LogLine.Stream stream, byte[] payload);

        /** The stream ended: the container stopped, or the connection broke. */
        void ended();
    }

    /**
     * Reads a container's log, each line prefixed with its timestamp: the existing lines, then,
     * when following, new lines until closed or the container stops.
     *
     * @param tail   how many existing lines to send, or -1 for all
     * @param since  only lines from this time on (whole seconds), or null
     * @param follow keep sending new lines; else end after the existing ones
     */
    Closeable read(String containerId, int tail, Instant since, boolean follow, Frames frames) throws RuntimeProblem;

    /** Whether the container runs now (false when it is gone or the Engine cannot tell). */
    boolean isRunning(String containerId);
}
