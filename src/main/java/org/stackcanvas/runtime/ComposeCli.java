package org.stackcanvas.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.stackcanvas.project.LoadedProject;

/**
 * The Compose command line: {@code docker compose} (v2) when {@code docker compose version} works,
 * else {@code docker-compose} (v1). Arguments always go to {@link ProcessBuilder} as a list, never
 * through a shell.
 *
 * <p>Compose runs the files as saved on disk (see {@link ComposeTarget}); the editor saves first.
 * Every command names the project with {@code -p}, the project directory and each file with
 * {@code -f}, so it does not depend on the current folder.
 */
public final class ComposeCli {

    public static final String DEFAULT_DOCKER = "docker";
    public static final String DEFAULT_DOCKER_COMPOSE = "docker-compose";

    static final String INSTALL_HINT = "Install the Docker Compose plugin (Debian/Ubuntu: 'apt-get install"
            + " docker-compose-plugin' from Docker's repository, or see https://docs.docker.com/compose/install/),"
            + " or the standalone 'docker-compose' (Debian: 'apt-get install docker-compose').";

    private final ComposeFlavor flavor;
    private final List<String> executable;

    public ComposeCli(ComposeFlavor flavor, List<String> executable) {
        this.flavor = Objects.requireNonNull(flavor, "flavor");
        this.executable = List.copyOf(executable);
        if (this.executable.isEmpty()) {
            throw new IllegalArgumentException("executable is empty");
        }
    }

    /** Compose v2 through this {@code docker} binary. */
    public static ComposeCli v2(String docker) {
        return new ComposeCli(ComposeFlavor.V2, List.of(docker, "compose"));
    }

    /** Compose v1 through this {@code docker-compose} binary. */
    public static ComposeCli v1(String dockerCompose) {
        return new ComposeCli(ComposeFlavor.V1, List.of(dockerCompose));
    }

    /** Finds Compose with the default program names (looked up on PATH). */
    public static ComposeCli detect() throws RuntimeProblem {
        return detect(DEFAULT_DOCKER, DEFAULT_DOCKER_COMPOSE);
    }

    /**
     * Finds Compose: v2 when {@code <docker> compose version} succeeds, else v1 when
     * {@code <dockerCompose> version} succeeds, else a problem saying how to install it.
     */
    public static ComposeCli detect(String docker, String dockerCompose) throws RuntimeProblem {
        String v2Failure = probe(List.of(docker, "compose", "version"));
        if (v2Failure == null) {
            return v2(docker);
        }
        String v1Failure = probe(List.of(dockerCompose, "version"));
        if (v1Failure == null) {
            return v1(dockerCompose);
        }
        throw new RuntimeProblem("Docker Compose was not found: '" + docker + " compose version' " + v2Failure
                + "; '" + dockerCompose + " version' " + v1Failure + ". " + INSTALL_HINT);
    }

    /** Null when the command exits 0 within 20 s, else why not. */
    private static String probe(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                ProcessTree.destroy(process);
                return "did not answer within 20 s";
            }
            return process.exitValue() == 0 ? null : "failed (exit code " + process.exitValue() + ")";
        } catch (IOException e) {
            return "could not run (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "was interrupted";
        }
    }

    public ComposeFlavor flavor() {
        return flavor;
    }

    public List<String> executable() {
        return executable;
    }

    /**
     * Fails when the project uses file features this Compose rejects (only v1 rejects any, and a
     * top-level {@code name:} in the main file is adapted, not rejected), with one line per feature
     * and where it is written.
     */
    public void requireSupported(LoadedProject project) throws RuntimeProblem {
        if (flavor != ComposeFlavor.V1) {
            return;
        }
        List<String> problems = V1Compatibility.unadaptableProblems(project);
        if (!problems.isEmpty()) {
            throw new RuntimeProblem("This project needs Compose v2 ('docker compose'), but only docker-compose v1"
                    + " was found:\n  " + String.join("\n  ", problems) + "\n" + INSTALL_HINT);
        }
    }

    /**
     * What to run for this project with this Compose: the files on disk, checked with
     * {@link #requireSupported} and, for v1, adapted by {@link V1Compatibility#adapt}.
     */
    public ComposeTarget target(LoadedProject project) throws RuntimeProblem {
        return target(project, ComposeTarget.of(project));
    }

    /** The same for a target of the project's (one with another project name, say). */
    public ComposeTarget target(LoadedProject project, ComposeTarget target) throws RuntimeProblem {
        requireSupported(project);
        return flavor == ComposeFlavor.V1 ? V1Compatibility.adapt(project, target) : target;
    }

    // ---- argument building ----

    /** The program, project name, project directory and files: the start of every command. */
    public List<String> base(ComposeTarget target) {
        List<String> args = new ArrayList<>(executable);
        args.add("-p");
        args.add(target.projectName());
        args.add("--project-directory");
        args.add(target.directory().toString());
        for (int i = 0; i < target.files().size(); i++) {
            args.add("-f");
            args.add(i == target.stdinFile() ? "-" : target.files().get(i).toString());
        }
        return args;
    }

    /** {@code up -d}, with {@code --wait} (v2 only: wait for running/healthy), then the services. */
    public List<String> upArguments(ComposeTarget target, List<String> services) {
        List<String> args = base(target);
        args.add("up");
        args.add("-d");
        if (flavor == ComposeFlavor.V2) {
            args.add("--wait");
        }
        args.addAll(services(services));
        return args;
    }

    public List<String> stopArguments(ComposeTarget target, List<String> services) {
        return command(target, "stop", services);
    }

    public List<String> startArguments(ComposeTarget target, List<String> services) {
        return command(target, "start", services);
    }

    public List<String> restartArguments(ComposeTarget target, List<String> services) {
        return command(target, "restart", services);
    }

    /** {@code down}, with {@code -v} to remove the project's named volumes too. */
    public List<String> downArguments(ComposeTarget target, boolean volumes) {
        List<String> args = base(target);
        args.add("down");
        if (volumes) {
            args.add("-v");
        }
        return args;
    }

    /**
     * {@code build}, then the services (none: every service with {@code build:}). Never
     * {@code --pull}: base images come from the local image store, so a build works offline when they
     * are there.
     */
    public List<String> buildArguments(ComposeTarget target, List<String> services) {
        return command(target, "build", services);
    }

    /** {@code pull}, then the services (none: every service). Line-based output; the editor pulls through the Engine. */
    public List<String> pullArguments(ComposeTarget target, List<String> services) {
        return command(target, "pull", services);
    }

    public List<String> psArguments(ComposeTarget target) {
        List<String> args = base(target);
        args.add("ps");
        return args;
    }

    /** {@code logs --no-color}, following with {@code -f} when asked. */
    public List<String> logsArguments(ComposeTarget target, List<String> services, boolean follow) {
        List<String> args = base(target);
        args.add("logs");
        args.add("--no-color");
        if (follow) {
            args.add("-f");
        }
        args.addAll(services(services));
        return args;
    }

    private List<String> command(ComposeTarget target, String command, List<String> services) {
        List<String> args = base(target);
        args.add(command);
        args.addAll(services(services));
        return args;
    }

    private static List<String> services(List<String> services) {
        for (String service : services) {
            if (service.isEmpty() || service.startsWith("-")) {
                throw new IllegalArgumentException("not a service name: '" + service + "'");
            }
        }
        return services;
    }

    // ---- running ----

    public ComposeRun up(ComposeTarget target, List<String> services, Consumer<String> output) throws RuntimeProblem {
        return run(target, upArguments(target, services), output);
    }

    public ComposeRun stop(ComposeTarget target, List<String> services, Consumer<String> output) throws RuntimeProblem {
        return run(target, stopArguments(target, services), output);
    }

    public ComposeRun start(ComposeTarget target, List<String> services, Consumer<String> output)
            throws RuntimeProblem {
        return run(target, startArguments(target, services), output);
    }

    public ComposeRun restart(ComposeTarget target, List<String> services, Consumer<String> output)
            throws RuntimeProblem {
        return run(target, restartArguments(target, services), output);
    }

    public ComposeRun down(ComposeTarget target, boolean volumes, Consumer<String> output) throws RuntimeProblem {
        return run(target, downArguments(target, volumes), output);
    }

    public ComposeRun build(ComposeTarget target, List<String> services, Consumer<String> output)
            throws RuntimeProblem {
        return start(buildArguments(target, services), target.directory(), output);
    }

    public ComposeRun pull(ComposeTarget target, List<String> services, Consumer<String> output)
            throws RuntimeProblem {
        return start(pullArguments(target, services), target.directory(), output);
    }

    public ComposeRun ps(ComposeTarget target, Consumer<String> output) throws RuntimeProblem {
        return run(target, psArguments(target), output);
    }

    public ComposeRun logs(ComposeTarget target, List<String> services, boolean follow, Consumer<String> output)
            throws RuntimeProblem {
        return run(target, logsArguments(target, services, follow), output);
    }

    /** Starts a command built for {@code target}, giving it the target's standard input text, if any. */
    public static ComposeRun run(ComposeTarget target, List<String> command, Consumer<String> output)
            throws RuntimeProblem {
        return ComposeRun.start(command, target.directory(), target.stdin().orElse(null), output);
    }

    /**
     * Starts a command (the full list, program first) in a folder; its standard output and error
     * lines go to {@code output} as they come (from reader threads).
     */
    public static ComposeRun start(List<String> command, Path directory, Consumer<String> output)
            throws RuntimeProblem {
        return ComposeRun.start(command, directory, null, output);
    }
}
