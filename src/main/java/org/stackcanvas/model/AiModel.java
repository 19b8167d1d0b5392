package org.stackcanvas.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/** A top-level {@code models} entry: an AI model the project runs (Docker Model Runner). */
public record AiModel(String key, Optional<String> name, Optional<String> model, Optional<Long> contextSize,
        List<String> runtimeFlags, Map<String, YValue> otherAttributes, Map<String, YValue> extensions,
        SourceLocation location) {

    public AiModel {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(contextSize, "contextSize");
        runtimeFlags = List.copyOf(runtimeFlags);
        otherAttributes = Copies.ordered(otherAttributes);
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }
}
