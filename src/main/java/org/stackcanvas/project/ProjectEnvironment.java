package org.stackcanvas.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.env.EnvFileException;
import org.stackcanvas.env.Environment;

/**
 * The project environment as the Compose CLI builds it: the {@code --env-file} files, or else
 * {@code .env} in the project directory (unless COMPOSE_DISABLE_ENV_FILE is true), each file
 * overriding the one before, all overridden by the process environment.
 */
final class ProjectEnvironment {

    static final String DISABLE_ENV_FILE = "COMPOSE_DISABLE_ENV_FILE";

    private ProjectEnvironment() {
    }

    /** The env files to read for {@code directory}: those given, or its {@code .env} if there is one. */
    static List<Path> envFiles(ProjectOptions options, Path directory) {
        if (!options.envFiles().isEmpty()) {
            List<Path> files = new ArrayList<>();
            for (Path file : options.envFiles()) {
                files.add(options.resolve(file));
            }
            return files;
        }
        if (isTrue(options.processEnvironment().get(DISABLE_ENV_FILE))) {
            return List.of();
        }
        Path dotEnv = directory.resolve(".env");
        return Files.isRegularFile(dotEnv) ? List.of(dotEnv) : List.of();
    }

    /** The process environment layered over {@code files}; a broken env file is a located error. */
    static Environment load(Map<String, String> processEnvironment, List<Path> files, FileNames names)
            throws DocumentException {
        try {
            return Environment.load(processEnvironment, files);
        } catch (EnvFileException e) {
            throw located(e, names);
        }
    }

    /** An included project's environment: its env files, with the including project's variables winning. */
    static Environment forInclude(Environment parent, List<Path> files, FileNames names) throws DocumentException {
        return load(parent.asMap(), files, names);
    }

    private static DocumentException located(EnvFileException e, FileNames names) {
        String name = e.fileName().isEmpty() ? "" : names.of(Path.of(e.fileName()));
        return new DocumentException(new SourceLocation(name, e.line(), e.column()), e.getMessage(), e);
    }

    private static boolean isTrue(String value) {
        if (value == null) {
            return false;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.equals("1") || v.equals("t") || v.equals("true");
    }
}
