package org.stackcanvas.project;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The names files carry in messages and locations: relative to the project directory when the file
 * is inside it or near it ({@code compose.yaml}, {@code ../commons/compose.yaml}), which is short,
 * stable across machines and still unique within one project. Separators are always {@code /}.
 */
final class FileNames {

    private final Path projectDirectory;

    FileNames(Path projectDirectory) {
        this.projectDirectory = Objects.requireNonNull(projectDirectory, "projectDirectory");
    }

    String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (projectDirectory.getRoot() == null || !projectDirectory.getRoot().equals(absolute.getRoot())) {
            return slashes(absolute.toString());
        }
        String relative = slashes(projectDirectory.relativize(absolute).toString());
        return relative.isEmpty() ? "." : relative;
    }

    static String slashes(String path) {
        return path.replace('\\', '/');
    }
}
