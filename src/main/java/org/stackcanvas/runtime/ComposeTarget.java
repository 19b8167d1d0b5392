package org.stackcanvas.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.stackcanvas.project.LoadedProject;

/**
 * What Compose is pointed at: the project name (passed with {@code -p}), the project directory and
 * the compose files as saved on disk.
 *
 * <p>The runner always runs what is on disk, never the editor's unsaved text: Compose reads the files
 * itself, so the editor saves before it starts a stack. This keeps "what runs" and "what the file
 * says" the same thing.
 */
public record ComposeTarget(String projectName, Path directory, List<Path> files) {

    public ComposeTarget {
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(directory, "directory");
        files = List.copyOf(files);
    }

    public static ComposeTarget of(LoadedProject project) {
        return new ComposeTarget(project.name(), project.directory(), project.composeFiles());
    }
}
