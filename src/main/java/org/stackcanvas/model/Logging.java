package org.stackcanvas.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/** A service's {@code logging}: the driver and its options (a null option value reads as ""). */
public record Logging(Optional<String> driver, Map<String, String> options, Map<String, YValue> extensions,
        SourceLocation location) {

    public Logging {
        Objects.requireNonNull(driver, "driver");
        options = Copies.ordered(options);
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }
}
