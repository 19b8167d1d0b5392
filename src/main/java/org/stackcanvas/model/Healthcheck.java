package org.stackcanvas.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/**
 * A service's {@code healthcheck}. {@code test} is in list form as the engine takes it: a string
 * {@code test} becomes {@code ["CMD-SHELL", text]}, and {@code testText} keeps that string.
 */
public record Healthcheck(
        List<String> test,
        Optional<String> testText,
        Optional<TimeSpan> interval,
        Optional<TimeSpan> timeout,
        Optional<Long> retries,
        Optional<TimeSpan> startPeriod,
        Optional<TimeSpan> startInterval,
        boolean disable,
        Map<String, YValue> extensions,
        SourceLocation location) {

    public Healthcheck {
        test = List.copyOf(test);
        Objects.requireNonNull(testText, "testText");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(startPeriod, "startPeriod");
        Objects.requireNonNull(startInterval, "startInterval");
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }

    /** Whether the check is switched off, by {@code disable: true} or {@code test: ["NONE"]}. */
    public boolean isDisabled() {
        return disable || (!test.isEmpty() && test.get(0).equals("NONE"));
    }
}
