package org.stackcanvas.model;

import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;

/**
 * One environment variable of a service. The value is empty when only the name is written
 * ({@code - DEBUG} or {@code DEBUG:}): Compose then takes it from the shell environment, or leaves it
 * unset. {@code KEY=} is an empty string, which is different.
 */
public record EnvVar(String name, Optional<String> value, SourceLocation location) {

    public EnvVar {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(location, "location");
    }
}
