package org.stackcanvas.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * One line a container wrote.
 *
 * @param service   the Compose service
 * @param container the container name
 * @param replica   the replica number ({@code com.docker.compose.container-number})
 * @param timestamp when the Engine received the line
 * @param stream    standard output or standard error
 * @param text      the line without its line break
 */
public record LogLine(String service, String container, int replica, Instant timestamp, Stream stream, String text) {

    /** Where the container wrote the line. */
    public enum Stream { STDOUT, STDERR }

    public LogLine {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(text, "text");
    }

    /** The same line with other text (a truncated one). */
    public LogLine withText(String newText) {
        return new LogLine(service, container, replica, timestamp, stream, newText);
    }
}
