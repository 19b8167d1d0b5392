package org.stackcanvas.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/** One {@code ulimits} entry: a single limit ({@code nproc: 65535}) or soft and hard limits. */
public record Ulimit(String name, Optional<Long> single, Optional<Long> soft, Optional<Long> hard,
        Map<String, YValue> extensions, SourceLocation location) {

    public Ulimit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(single, "single");
        Objects.requireNonNull(soft, "soft");
        Objects.requireNonNull(hard, "hard");
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }
}
