package org.stackcanvas.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/** One {@code devices} entry: short {@code host[:container[:permissions]]} or the long form. */
public record DeviceMapping(String source, Optional<String> target, Optional<String> permissions,
        Optional<String> shortSyntax, Map<String, YValue> extensions, SourceLocation location) {

    public DeviceMapping {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(shortSyntax, "shortSyntax");
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }
}
