package org.stackcanvas.model;

import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;

/** One {@code env_file} entry. {@code required} defaults to true: a missing file is an error. */
public record EnvFile(String path, boolean required, Optional<String> format, SourceLocation location) {

    public EnvFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(location, "location");
    }
}
