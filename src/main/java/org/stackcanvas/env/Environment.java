package org.stackcanvas.env;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The variables Compose interpolates a project with: values from the {@code .env} /
 * {@code --env-file} files, later files overriding earlier ones, all overridden by the process
 * environment. Immutable.
 */
public final class Environment {

    private static final Environment EMPTY = new Environment(Map.of());

    private final Map<String, String> values;

    private Environment(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Environment empty() {
        return EMPTY;
    }

    /**
     * @param processEnv the environment Compose runs in; wins over every file
     * @param envFiles   parsed env files in the order given, each overriding the ones before it
     */
    public static Environment of(Map<String, String> processEnv, List<Map<String, String>> envFiles) {
        Objects.requireNonNull(processEnv, "processEnv");
        Objects.requireNonNull(envFiles, "envFiles");
        Map<String, String> layered = new LinkedHashMap<>();
        for (Map<String, String> file : envFiles) {
            putAll(layered, Objects.requireNonNull(file, "env file"));
        }
        putAll(layered, processEnv);
        return new Environment(layered);
    }

    /**
     * Reads the env files and layers them as {@code docker compose --env-file a --env-file b} does.
     * While a file is read, a reference in it resolves against the process environment first, then
     * the files read before it, and only then the keys above it in the same file (compose-go's
     * order): with {@code A=0} in the first file, {@code A=1} and {@code B=${A}} in the second give
     * {@code B=0}.
     */
    public static Environment load(Map<String, String> processEnv, List<Path> envFiles) throws EnvFileException {
        Objects.requireNonNull(processEnv, "processEnv");
        Objects.requireNonNull(envFiles, "envFiles");
        Map<String, String> fromFiles = new LinkedHashMap<>();
        Function<String, Optional<String>> outside = name -> processEnv.containsKey(name)
                ? Optional.ofNullable(processEnv.get(name))
                : Optional.ofNullable(fromFiles.get(name));
        for (Path file : envFiles) {
            fromFiles.putAll(DotEnvFile.read(file, outside));
        }
        return of(processEnv, List.of(fromFiles));
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(Objects.requireNonNull(name, "name")));
    }

    /** Every variable, unmodifiable: file keys in file order, then the rest of the process env. */
    public Map<String, String> asMap() {
        return values;
    }

    /** This environment as the lookup {@link Interpolator} and {@link DotEnvParser} take. */
    public Function<String, Optional<String>> lookup() {
        return this::get;
    }

    private static void putAll(Map<String, String> target, Map<String, String> source) {
        source.forEach((key, value) -> target.put(Objects.requireNonNull(key, "key"),
                Objects.requireNonNull(value, () -> "value of " + key)));
    }
}
