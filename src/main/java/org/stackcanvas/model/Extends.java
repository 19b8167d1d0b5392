package org.stackcanvas.model;

import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;

/** A service's {@code extends}: the service to start from, in this file or in {@code file}. */
public record Extends(String service, Optional<String> file, SourceLocation location) {

    public Extends {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
    }
}
