package org.stackcanvas.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;

/**
 * One compose project on the real Engine for a test: written to a folder, run under a unique
 * project name, asked about through the Engine API, and removed with its volumes on {@link #close()}.
 * {@code {IMAGE}} in the compose text stands for {@link DockerFixture#IMAGE}.
 */
final class StackFixture implements AutoCloseable {

    private final ComposeCli compose;
    private final EngineClient engine;
    private final Path file;
    private final LoadedProject project;
    private final ComposeTarget target;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());

    private StackFixture(ComposeCli compose, EngineClient engine, Path file, LoadedProject project)
            throws RuntimeProblem {
        this.compose = compose;
        this.engine = engine;
        this.file = file;
        this.project = project;
        this.target = compose.target(project);
    }

    /** Writes {@code compose.yaml} (and any other files given as name, text pairs) and loads the project. */
    static StackFixture write(ComposeCli compose, EngineClient engine, Path dir, String composeText,
            String... otherFiles) throws IOException, RuntimeProblem, DocumentException {
        for (int i = 0; i + 1 < otherFiles.length; i += 2) {
            Files.writeString(dir.resolve(otherFiles[i]), otherFiles[i + 1]);
        }
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, composeText.replace("{IMAGE}", DockerFixture.IMAGE));
        LoadedProject project = new ProjectLoader().load(ProjectOptions.builder(dir).configFile(file)
                .projectName(DockerFixture.uniqueProjectName()).build());
        return new StackFixture(compose, engine, file, project);
    }

    LoadedProject project() {
        return project;
    }

    String name() {
        return project.name();
    }

    Path file() {
        return file;
    }

    ComposeTarget target() {
        return target;
    }

    /** What Compose printed so far (both streams), for failure messages. */
    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    void up(String... services) throws RuntimeProblem, InterruptedException {
        compose.up(target, List.of(services), output::add).await();
    }

    void stop(String... services) throws RuntimeProblem, InterruptedException {
        compose.stop(target, List.of(services), output::add).await();
    }

    void start(String... services) throws RuntimeProblem, InterruptedException {
        compose.start(target, List.of(services), output::add).await();
    }

    void restart(String... services) throws RuntimeProblem, InterruptedException {
        compose.restart(target, List.of(services), output::add).await();
    }

    void down(boolean volumes) throws RuntimeProblem, InterruptedException {
        compose.down(target, volumes, output::add).await();
    }

    String logs(String... services) throws RuntimeProblem, InterruptedException {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        compose.logs(target, List.of(services), false, lines::add).await();
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    List<ServiceStatus> statuses() throws RuntimeProblem {
        return engine.status(project);
    }

    ServiceStatus status(String service) throws RuntimeProblem {
        return statuses().stream().filter(s -> s.service().equals(service)).findFirst()
                .orElseThrow(() -> new AssertionError("no service " + service));
    }

    List<String> volumes() throws RuntimeProblem {
        return engine.volumes(name());
    }

    /**
     * Polls the Engine until the service's status matches (every 200 ms); the last status seen when
     * the time is up, so the test's assertion shows what it was instead.
     */
    ServiceStatus await(String service, Predicate<ServiceStatus> condition, Duration within)
            throws RuntimeProblem, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        ServiceStatus status = status(service);
        while (!condition.test(status) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = status(service);
        }
        return status;
    }

    /** Polls until the logs of the service contain the text; the logs as last read. */
    String awaitLog(String service, String text, Duration within) throws RuntimeProblem, InterruptedException {
        return awaitLog(service, logs -> logs.contains(text), within);
    }

    /** Polls until the logs of the service match; the logs as last read. */
    String awaitLog(String service, Predicate<String> condition, Duration within)
            throws RuntimeProblem, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        String logs = logs(service);
        while (!condition.test(logs) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            logs = logs(service);
        }
        return logs;
    }

    static Predicate<ServiceStatus> in(ContainerState state) {
        return status -> status.state() == state;
    }

    @Override
    public void close() {
        try {
            compose.down(target, true, line -> { }).await();
        } catch (RuntimeProblem e) {
            // Best effort: the test already failed or cleaned up itself.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
