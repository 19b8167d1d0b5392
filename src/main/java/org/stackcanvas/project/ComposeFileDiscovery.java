package org.stackcanvas.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.SourceLocation;

/**
 * Finds the compose files to load when the user gave no {@code -f}: {@code COMPOSE_FILE} first, else
 * the default names in the working folder or the nearest parent folder that has one, plus the
 * matching override file beside it. Names and their order of preference are Compose's own.
 */
public final class ComposeFileDiscovery {

    /** Compose's default file names, in order of preference. */
    public static final List<String> DEFAULT_FILE_NAMES =
            List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");

    /** Override file names, in order of preference; looked up in the folder of the file found. */
    public static final List<String> DEFAULT_OVERRIDE_FILE_NAMES = List.of(
            "compose.override.yml", "compose.override.yaml",
            "docker-compose.override.yml", "docker-compose.override.yaml");

    static final String COMPOSE_FILE = "COMPOSE_FILE";
    static final String COMPOSE_PATH_SEPARATOR = "COMPOSE_PATH_SEPARATOR";

    /** The files found, in load order, and what Compose would warn about while finding them. */
    public record Result(List<Path> files, List<LoadWarning> warnings) {
        public Result {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    private final String pathListSeparator;

    /** Uses the platform's path list separator, as Compose does when COMPOSE_PATH_SEPARATOR is unset. */
    public ComposeFileDiscovery() {
        this(java.io.File.pathSeparator);
    }

    public ComposeFileDiscovery(String pathListSeparator) {
        this.pathListSeparator = Objects.requireNonNull(pathListSeparator, "pathListSeparator");
    }

    /**
     * @param workingDirectory where the search starts
     * @param environment      the environment Compose sees at this point (process environment and
     *                         the working folder's {@code .env}), for COMPOSE_FILE
     */
    public Result discover(Path workingDirectory, Map<String, String> environment) throws DocumentException {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(environment, "environment");
        Path start = workingDirectory.toAbsolutePath().normalize();
        String composeFile = environment.get(COMPOSE_FILE);
        if (composeFile != null) {
            return fromVariable(start, composeFile, environment.get(COMPOSE_PATH_SEPARATOR));
        }
        List<LoadWarning> warnings = new ArrayList<>();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            List<Path> candidates = existing(dir, DEFAULT_FILE_NAMES);
            if (candidates.isEmpty()) {
                continue;
            }
            List<Path> files = new ArrayList<>();
            files.add(candidates.get(0));
            warnIfSeveral(candidates, "config files", warnings);
            List<Path> overrides = existing(dir, DEFAULT_OVERRIDE_FILE_NAMES);
            if (!overrides.isEmpty()) {
                files.add(overrides.get(0));
                warnIfSeveral(overrides, "override files", warnings);
            }
            return new Result(files, warnings);
        }
        throw new DocumentException(SourceLocation.file(start.toString()).withoutPosition(),
                "no compose file found here or in any parent folder (looked for "
                        + String.join(", ", DEFAULT_FILE_NAMES) + "); create compose.yaml or choose files with -f");
    }

    private Result fromVariable(Path start, String value, String separator) throws DocumentException {
        String sep = separator == null || separator.isEmpty() ? pathListSeparator : separator;
        List<Path> files = new ArrayList<>();
        for (String part : value.split(java.util.regex.Pattern.quote(sep), -1)) {
            if (part.isBlank()) {
                continue;
            }
            Path file;
            try {
                file = start.resolve(part.trim()).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                throw new DocumentException(SourceLocation.file(COMPOSE_FILE).withoutPosition(),
                        "'" + part + "' is not a valid path (" + e.getReason() + "); fix COMPOSE_FILE");
            }
            if (!Files.isRegularFile(file)) {
                throw new DocumentException(SourceLocation.file(file.toString()).withoutPosition(),
                        "COMPOSE_FILE names this file but it does not exist; fix COMPOSE_FILE or create the file");
            }
            files.add(file);
        }
        if (files.isEmpty()) {
            throw new DocumentException(SourceLocation.file(start.toString()).withoutPosition(),
                    "COMPOSE_FILE is set but names no file; unset it or list the compose files");
        }
        return new Result(files, List.of());
    }

    private static List<Path> existing(Path dir, List<String> names) {
        List<Path> found = new ArrayList<>();
        for (String name : names) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static void warnIfSeveral(List<Path> candidates, String what, List<LoadWarning> warnings) {
        if (candidates.size() > 1) {
            String names = candidates.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
            warnings.add(new LoadWarning(SourceLocation.file(candidates.get(0).toString()).withoutPosition(),
                    "Found multiple " + what + " with supported names: " + names + ". Using "
                            + candidates.get(0).getFileName() + "; remove or rename the others"));
        }
    }
}
