package org.stackcanvas.model;

import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;

/**
 * One entry of a list-or-mapping attribute (labels, sysctls, annotations, build args...). The value
 * is empty when only the key is written.
 */
public record KeyValue(String key, Optional<String> value, SourceLocation location) {

    public KeyValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(location, "location");
    }
}
