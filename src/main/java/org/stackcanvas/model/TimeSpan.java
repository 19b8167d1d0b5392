package org.stackcanvas.model;

import java.time.Duration;
import java.util.Objects;

/** A Go-style duration together with the text the user wrote ({@code 1m30s}). */
public record TimeSpan(Duration duration, String text) {

    public TimeSpan {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(text, "text");
    }

    /** The duration as Go prints it, which is how {@code docker compose config} shows it. */
    public String goText() {
        return DurationSyntax.format(duration);
    }
}
