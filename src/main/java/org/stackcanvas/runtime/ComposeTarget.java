package org.stackcanvas.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.project.LoadedProject;

/**
 * What Compose is pointed at: the project name (passed with {@code -p}), the project directory and
 * the compose files as saved on disk.
 *
 * <p>The runner always runs what is on disk, never the editor's unsaved text: Compose reads the files
 * itself, so the editor saves before it starts a stack. This keeps "what runs" and "what the file
 * says" the same thing. The one exception is {@link #withStdin}: Compose v1 gets the main file
 * through standard input without its top-level {@code name:} (see {@link V1Compatibility#adapt}).
 *
 * @param stdinFile the index in {@code files} of the file whose text goes to Compose on standard
 *                  input ({@code -f -}) instead of being read from disk, or -1
 * @param stdinText that text (empty when {@code stdinFile} is -1)
 */
public record ComposeTarget(String projectName, Path directory, List<Path> files, int stdinFile, String stdinText) {

    public ComposeTarget {
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(directory, "directory");
        files = List.copyOf(files);
        Objects.requireNonNull(stdinText, "stdinText");
        if (stdinFile < -1 || stdinFile >= files.size()) {
            throw new IllegalArgumentException("no file " + stdinFile + " among " + files.size());
        }
    }

    public ComposeTarget(String projectName, Path directory, List<Path> files) {
        this(projectName, directory, files, -1, "");
    }

    public static ComposeTarget of(LoadedProject project) {
        return new ComposeTarget(project.name(), project.directory(), project.composeFiles());
    }

    /** The same target with file {@code index} given to Compose as {@code text} on standard input. */
    public ComposeTarget withStdin(int index, String text) {
        return new ComposeTarget(projectName, directory, files, index, text);
    }

    /** The text Compose reads on standard input, when one file goes that way. */
    public Optional<String> stdin() {
        return stdinFile < 0 ? Optional.empty() : Optional.of(stdinText);
    }
}
