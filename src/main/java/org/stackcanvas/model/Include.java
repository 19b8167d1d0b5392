package org.stackcanvas.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;

/** One {@code include} entry: short form (a path) or long form (paths, env files, project directory). */
public record Include(List<String> paths, List<String> envFiles, Optional<String> projectDirectory,
        boolean shortForm, SourceLocation location) {

    public Include {
        paths = List.copyOf(paths);
        envFiles = List.copyOf(envFiles);
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(location, "location");
    }
}
