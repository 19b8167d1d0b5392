package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;

/** Follows a real stack's logs through the Engine API. */
class LogFollowerEngineTest {

    @TempDir
    Path dir;

    private EngineClient engine;
    private ComposeCli compose;
    private ComposeTarget target;
    private LogFollower follower;
    private final List<LogLine> lines = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void needsEngineAndCompose() {
        engine = EngineClient.connect(System.getenv(), 20);
        compose = DockerFixture.require(engine);
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (follower != null) {
            follower.close();
        }
        if (target != null) {
            try {
                compose.down(target, true, line -> { }).await();
            } catch (RuntimeProblem ignored) {
                // Best effort.
            }
        }
        engine.close();
    }

    private LoadedProject start() throws Exception {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, """
                services:
                  counter:
                    image: %1$s
                    pull_policy: never
                    init: true
                    network_mode: none
                    command: ["sh", "-c", "for i in $$(seq 1 50); do echo line-$$i; done; echo oops >&2; sleep 300"]
                """.formatted(DockerFixture.IMAGE));
        LoadedProject project = new ProjectLoader().load(ProjectOptions.builder(dir).configFile(file)
                .projectName(DockerFixture.uniqueProjectName()).build());
        target = ComposeTarget.of(project);
        compose.up(target, List.of(), line -> { }).await();
        follower = new LogFollower(new EngineLogSource(engine), lines::add, LogFollower.DEFAULT_TAIL);
        return project;
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    private List<String> texts() {
        synchronized (lines) {
            return lines.stream().map(LogLine::text).toList();
        }
    }

    @Test
    void everyLineArrivesInOrderWithTimestampsAndService() throws Exception {
        Instant before = Instant.now().minusSeconds(5);
        LoadedProject project = start();
        follower.update(engine.status(project));
        waitFor("51 lines", () -> lines.size() >= 51);

        List<LogLine> stdout = lines.stream().filter(l -> l.stream() == LogLine.Stream.STDOUT).toList();
        assertThat(stdout).extracting(LogLine::text)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 50).mapToObj(i -> "line-" + i).toList());
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.service()).isEqualTo("counter");
            assertThat(line.replica()).isEqualTo(1);
            assertThat(line.container()).startsWith(project.name()).contains("counter");
            assertThat(line.timestamp()).isBetween(before, Instant.now());
        });
        for (int i = 1; i < stdout.size(); i++) {
            assertThat(stdout.get(i).timestamp()).isAfterOrEqualTo(stdout.get(i - 1).timestamp());
        }
        assertThat(lines).filteredOn(l -> l.stream() == LogLine.Stream.STDERR).extracting(LogLine::text)
                .containsExactly("oops");
    }

    @Test
    void aRestartedContainerDoesNotRepeatLines() throws Exception {
        LoadedProject project = start();
        follower.update(engine.status(project));
        waitFor("first run", () -> lines.size() >= 51);

        compose.restart(target, List.of(), line -> { }).await();
        // As the status watcher does after the restart event.
        follower.update(engine.status(project));
        waitFor("second run", () -> lines.size() >= 102);
        follower.update(engine.status(project));
        Thread.sleep(1500); // time for any repeated line to show up

        List<String> expectedRun = new ArrayList<>(IntStream.rangeClosed(1, 50).mapToObj(i -> "line-" + i).toList());
        assertThat(texts()).hasSize(102).filteredOn(t -> t.startsWith("line-"))
                .containsExactlyElementsOf(concat(expectedRun, expectedRun));
        assertThat(texts()).filteredOn("oops"::equals).hasSize(2);
        assertThat(follower.following()).hasSize(1);
    }

    @Test
    void removedContainersAreNoLongerFollowed() throws Exception {
        LoadedProject project = start();
        follower.update(engine.status(project));
        waitFor("lines", () -> lines.size() >= 51);
        assertThat(follower.following()).hasSize(1);
        compose.down(target, true, line -> { }).await();
        target = null;
        follower.update(engine.status(project));
        assertThat(follower.following()).isEmpty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
