package org.stackcanvas.runtime;

import java.util.List;

/**
 * Where a project's container status comes from: the Engine's container list and its event stream.
 * {@link EngineClient} is the real one; tests give their own.
 */
public interface StatusSource {

    /** Where the Engine is expected, for messages. */
    String host();

    /** The Engine's version, or a problem saying why it is not reachable and what to do. */
    EngineClient.EngineVersion ping() throws RuntimeProblem;

    /** Every container of the project, found by its {@code com.docker.compose.project} label. */
    List<ContainerInfo> containers(String projectName) throws RuntimeProblem;

    /**
     * Starts following the project's container events. The stream may also fail after this returns:
     * {@link EventSink#ended} says so. Closing the returned subscription ends the stream without
     * calling {@code ended}.
     */
    Subscription events(String projectName, EventSink sink) throws RuntimeProblem;

    /** Receives container events, on a thread of the source. */
    interface EventSink {

        /**
         * One container event: its action as the Engine names it ({@code start}, {@code die},
         * {@code health_status: healthy}, ...).
         */
        void event(String action);

        /** The stream ended on its own: the Engine stopped or the connection broke ({@code cause} may be null). */
        void ended(Throwable cause);
    }

    /** A running event stream. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
