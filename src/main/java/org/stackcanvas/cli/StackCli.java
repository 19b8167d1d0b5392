package org.stackcanvas.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.project.LoadWarning;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;
import org.stackcanvas.runtime.ComposeCli;
import org.stackcanvas.runtime.ComposeRun;
import org.stackcanvas.runtime.ComposeTarget;
import org.stackcanvas.runtime.EngineClient;
import org.stackcanvas.runtime.RuntimeProblem;
import org.stackcanvas.runtime.ServiceStatus;

/**
 * {@code up}, {@code ps}, {@code logs}, {@code down}: run a stack on the local Docker Engine.
 * Compose ({@code docker compose}, else {@code docker-compose}) runs the file as saved on disk;
 * {@code STACKCANVAS_DOCKER} and {@code STACKCANVAS_DOCKER_COMPOSE} override the program paths.
 * {@code ps} asks the Engine directly (containers by their Compose labels).
 */
final class StackCli implements CliCommand {

    enum Verb { UP, PS, LOGS, DOWN }

    private final Verb verb;
    private final Map<String, String> environment;
    private final Path workingDirectory;

    StackCli(Verb verb, Map<String, String> environment, Path workingDirectory) {
        this.verb = verb;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    static List<CliCommand> all(Map<String, String> environment, Path workingDirectory) {
        List<CliCommand> commands = new ArrayList<>();
        for (Verb verb : Verb.values()) {
            commands.add(new StackCli(verb, environment, workingDirectory));
        }
        return commands;
    }

    @Override
    public String name() {
        return verb.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String summary() {
        return switch (verb) {
            case UP -> "start the stack (or some services) on the local Docker Engine";
            case PS -> "show each service's state, health and exit code";
            case LOGS -> "print the services' logs";
            case DOWN -> "stop and remove the stack's containers and networks";
        };
    }

    @Override
    public String help() {
        String usage = switch (verb) {
            case UP -> "Usage: stackcanvas up FILE [-p NAME] [SERVICE...]\n\n"
                    + "Runs 'docker compose up -d --wait' (or 'docker-compose up -d' with Compose v1) on\n"
                    + "the file as saved, for all services or the ones named.\n";
            case PS -> "Usage: stackcanvas ps FILE [-p NAME]\n\n"
                    + "Asks the Docker Engine for the project's containers (by their Compose labels) and\n"
                    + "prints a table: each service's state, health, exit code and running/total replicas.\n";
            case LOGS -> "Usage: stackcanvas logs FILE [-p NAME] [--follow] [SERVICE...]\n\n"
                    + "Prints the services' logs through Compose; --follow keeps printing until Ctrl-C.\n";
            case DOWN -> "Usage: stackcanvas down FILE [-p NAME] [--volumes]\n\n"
                    + "Stops and removes the project's containers and networks; --volumes also removes\n"
                    + "its named volumes.\n";
        };
        return usage + """

                The project name is the file's top-level 'name:', else the folder name, unless -p is
                given. Compose is 'docker compose' (v2) when available, else 'docker-compose' (v1);
                STACKCANVAS_DOCKER and STACKCANVAS_DOCKER_COMPOSE override their paths. The Engine is
                found through DOCKER_HOST (and DOCKER_TLS_VERIFY, DOCKER_CERT_PATH) or the default
                socket.

                When Compose fails, its own message is printed, then what it means and what to do, and
                the service that failed ("failed service: NAME").

                Exit status: 0 on success, 1 when the project cannot be loaded or Compose or the Docker
                Engine fails, 2 on wrong usage (no file given, a file that does not exist, an unknown
                option).
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, DocumentException {
        ArgReader reader = new ArgReader(name(), args);
        Path file = null;
        String projectName = null;
        boolean volumes = false;
        boolean follow = false;
        List<String> services = new ArrayList<>();
        while (reader.hasNext()) {
            String arg = reader.take();
            if (arg.equals("-p") || arg.equals("--project-name")) {
                projectName = reader.value(arg);
            } else if (verb == Verb.DOWN && (arg.equals("--volumes") || arg.equals("-v"))) {
                volumes = true;
            } else if (verb == Verb.LOGS && (arg.equals("--follow") || arg.equals("-f"))) {
                follow = true;
            } else if (arg.startsWith("-")) {
                throw reader.unknown(arg);
            } else if (file == null) {
                file = workingDirectory.resolve(arg);
            } else if (verb == Verb.UP || verb == Verb.LOGS) {
                services.add(arg);
            } else {
                throw new UsageException(name() + ": unexpected argument '" + arg + "' (see '" + name() + " --help')");
            }
        }
        if (file == null) {
            throw new UsageException(name() + ": which compose file? Give its path, e.g. 'stackcanvas " + name()
                    + " compose.yaml' (see '" + name() + " --help')");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException(name() + ": " + file + (Files.isDirectory(file) ? " is a folder" : " does not exist")
                    + "; give the path of a compose file, e.g. 'stackcanvas " + name() + " compose.yaml' (see '"
                    + name() + " --help')");
        }
        ProjectOptions.Builder options = ProjectOptions.builder(workingDirectory).environment(environment)
                .configFile(file);
        if (projectName != null) {
            options.projectName(projectName);
        }
        LoadedProject project = new ProjectLoader().load(options.build());
        for (LoadWarning warning : project.warnings()) {
            err.println(warning.describe());
        }
        for (String service : services) {
            if (!project.services().has(service)) {
                err.println(name() + ": no service '" + service + "' in " + file + " (services: "
                        + String.join(", ", project.services().keys()) + ")");
                return Cli.INPUT_PROBLEM;
            }
        }
        try {
            return verb == Verb.PS ? ps(project, out) : compose(project, services, volumes, follow, out);
        } catch (RuntimeProblem problem) {
            err.println(name() + ": " + problem.getMessage());
            problem.failedService().ifPresent(service -> err.println(name() + ": failed service: " + service));
            return Cli.INPUT_PROBLEM;
        }
    }

    private int ps(LoadedProject project, PrintStream out) throws RuntimeProblem {
        try (EngineClient engine = EngineClient.connect(environment)) {
            out.print(table(engine.status(project)));
            out.flush();
            return Cli.OK;
        }
    }

    /** One row per service, columns as wide as their widest cell; "-" for no health or exit code. */
    static String table(List<ServiceStatus> statuses) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"SERVICE", "STATE", "HEALTH", "EXIT", "REPLICAS"});
        for (ServiceStatus status : statuses) {
            rows.add(new String[] {status.service(), status.state().label(),
                status.health().isEmpty() ? "-" : status.health(),
                status.exitCode().isPresent() ? String.valueOf(status.exitCode().getAsInt()) : "-",
                status.running() + "/" + status.replicas()});
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i + 1 < row.length ? String.format("%-" + (widths[i] + 3) + "s", row[i]) : row[i]);
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }

    private int compose(LoadedProject project, List<String> services, boolean volumes, boolean follow,
            PrintStream out) throws RuntimeProblem {
        ComposeCli compose = ComposeCli.detect(
                environment.getOrDefault("STACKCANVAS_DOCKER", ComposeCli.DEFAULT_DOCKER),
                environment.getOrDefault("STACKCANVAS_DOCKER_COMPOSE", ComposeCli.DEFAULT_DOCKER_COMPOSE));
        ComposeTarget target = compose.target(project);
        java.util.function.Consumer<String> print = line -> {
            synchronized (out) {
                out.println(line);
            }
        };
        if (verb == Verb.UP) {
            try (EngineClient engine = EngineClient.connect(environment)) {
                engine.requireNeverPulledImages(project, services);
            }
        }
        ComposeRun run = switch (verb) {
            case UP -> compose.up(target, services, print);
            case LOGS -> compose.logs(target, services, follow, print);
            case DOWN -> compose.down(target, volumes, print);
            case PS -> throw new IllegalStateException();
        };
        Thread cancelOnExit = new Thread(run::cancel, "stackcanvas-cancel-compose");
        Runtime.getRuntime().addShutdownHook(cancelOnExit);
        try {
            run.await();
            return Cli.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeProblem("interrupted");
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cancelOnExit);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: it cancels the command.
            }
            out.flush();
        }
    }
}
