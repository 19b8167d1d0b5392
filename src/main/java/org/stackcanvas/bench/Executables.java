package org.stackcanvas.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds the programs a run compares with, and the command that starts this application again. */
final class Executables {

    private final Map<String, String> environment;

    Executables(Map<String, String> environment) {
        this.environment = environment;
    }

    /** {@code name} on the PATH, if it is there and executable. */
    Optional<Path> onPath(String name) {
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** This JVM's java binary with this JVM's class path: how a child process runs our own classes. */
    static List<String> javaWithClassPath() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-cp");
        // Absolute, since the child runs in another folder.
        command.add(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator)));
        return command;
    }

    /** Whether the class path holds the application jar, so a child JVM starts as the user's would. */
    static boolean runningFromJar() {
        String classPath = System.getProperty("java.class.path", "");
        return classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)
                && !classPath.contains("surefire");
    }
}
