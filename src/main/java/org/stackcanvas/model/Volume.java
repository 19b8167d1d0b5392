package org.stackcanvas.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/** A top-level named volume; an empty declaration ({@code data:}) gives all defaults. */
public record Volume(String key, Optional<String> name, Optional<String> driver, Map<String, String> driverOpts,
        boolean external, List<KeyValue> labels, Map<String, YValue> otherAttributes, Map<String, YValue> extensions,
        SourceLocation location) {

    public Volume {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(driver, "driver");
        driverOpts = Copies.ordered(driverOpts);
        labels = List.copyOf(labels);
        otherAttributes = Copies.ordered(otherAttributes);
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }
}
