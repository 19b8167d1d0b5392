package org.stackcanvas.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/** A top-level config: from a {@code file}, an {@code environment} variable, inline {@code content}, or external. */
public record Config(String key, Optional<String> name, Optional<String> file, Optional<String> environment,
        Optional<String> content, boolean external, List<KeyValue> labels, Optional<String> templateDriver,
        Map<String, YValue> otherAttributes, Map<String, YValue> extensions, SourceLocation location) {

    public Config {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(content, "content");
        labels = List.copyOf(labels);
        Objects.requireNonNull(templateDriver, "templateDriver");
        otherAttributes = Copies.ordered(otherAttributes);
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }
}
