package org.stackcanvas.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user asked for, as the Compose CLI takes it: {@code -f} files, {@code --project-directory},
 * {@code --env-file}, {@code --profile}, {@code -p}, plus the directory the command runs in and the
 * process environment. The environment is passed in, never read from the JVM, so loading is
 * deterministic and testable.
 *
 * @param workingDirectory   where the command runs (the folder the user opened); discovery starts here
 *                           and relative {@code -f}/{@code --env-file} paths resolve against it
 * @param configFiles        {@code -f} files in order; empty means COMPOSE_FILE or discovery
 * @param projectDirectory   {@code --project-directory}; empty means the first compose file's folder
 * @param envFiles           {@code --env-file} files in order; empty means {@code .env} in the project directory
 * @param profiles           {@code --profile} values; empty means COMPOSE_PROFILES
 * @param projectName        {@code -p}
 * @param processEnvironment the process environment; it wins over env files
 */
public record ProjectOptions(
        Path workingDirectory,
        List<Path> configFiles,
        Optional<Path> projectDirectory,
        List<Path> envFiles,
        List<String> profiles,
        Optional<String> projectName,
        Map<String, String> processEnvironment) {

    public ProjectOptions {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        configFiles = List.copyOf(configFiles);
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        envFiles = List.copyOf(envFiles);
        profiles = List.copyOf(profiles);
        Objects.requireNonNull(projectName, "projectName");
        processEnvironment = Map.copyOf(processEnvironment);
    }

    /** Options for opening {@code directory} as-is: discovery, {@code .env}, no profiles, empty environment. */
    public static ProjectOptions forDirectory(Path directory) {
        return builder(directory).build();
    }

    public static Builder builder(Path workingDirectory) {
        return new Builder(workingDirectory);
    }

    /** Resolves a user-given path the way the CLI does: against the working directory. */
    Path resolve(Path path) {
        return workingDirectory.resolve(path).toAbsolutePath().normalize();
    }

    /** Builds options step by step; every list keeps the order given. */
    public static final class Builder {
        private final Path workingDirectory;
        private final List<Path> configFiles = new ArrayList<>();
        private Path projectDirectory;
        private final List<Path> envFiles = new ArrayList<>();
        private final List<String> profiles = new ArrayList<>();
        private String projectName;
        private final Map<String, String> environment = new LinkedHashMap<>();

        private Builder(Path workingDirectory) {
            this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        }

        public Builder configFile(Path file) {
            configFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        public Builder configFiles(List<Path> files) {
            files.forEach(this::configFile);
            return this;
        }

        public Builder projectDirectory(Path directory) {
            this.projectDirectory = directory;
            return this;
        }

        public Builder envFile(Path file) {
            envFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        public Builder profile(String profile) {
            profiles.add(Objects.requireNonNull(profile, "profile"));
            return this;
        }

        public Builder profiles(List<String> values) {
            values.forEach(this::profile);
            return this;
        }

        public Builder projectName(String name) {
            this.projectName = name;
            return this;
        }

        public Builder environment(Map<String, String> values) {
            environment.putAll(values);
            return this;
        }

        public Builder environment(String name, String value) {
            environment.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public ProjectOptions build() {
            return new ProjectOptions(workingDirectory, configFiles, Optional.ofNullable(projectDirectory),
                    envFiles, profiles, Optional.ofNullable(projectName), environment);
        }
    }
}
