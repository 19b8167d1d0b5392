package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;

/**
 * Runs a small stack on a real Docker Engine. Skipped (with the reason) when no Engine or no Compose
 * is reachable. Nothing is pulled: the image is made offline from Debian's busybox-static with
 * {@code docker import}; containers only sleep, exit and run {@code true} as healthcheck.
 */
class RuntimeIntegrationTest {

    private static final String IMAGE = DockerFixture.IMAGE;

    @TempDir
    Path dir;

    private EngineClient engine;
    private ComposeCli compose;
    private ComposeTarget target;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void needsEngineAndCompose() {
        engine = EngineClient.connect();
        compose = DockerFixture.require(engine);
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (target != null) {
            try {
                compose.down(target, true, line -> { }).await();
            } catch (RuntimeProblem ignored) {
                // Best effort.
            }
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void upPsLogsDown() throws Exception {
        Path file = dir.resolve("compose.yaml");
        String name = DockerFixture.uniqueProjectName();
        Files.writeString(file, """
                # A top-level name runs with Compose v1 too: it gets the file without it on stdin.
                name: %2$s
                services:
                  web:
                    image: %1$s
                    pull_policy: never
                    init: true
                    network_mode: none
                    command: ["sh", "-c", "echo web-started; sleep 300"]
                    healthcheck:
                      test: ["CMD", "true"]
                      interval: 1s
                      timeout: 1s
                      retries: 3
                  job:
                    image: %1$s
                    pull_policy: never
                    init: true
                    network_mode: none
                    command: ["sh", "-c", "exit 3"]
                """.formatted(IMAGE, name));
        LoadedProject project = new ProjectLoader().load(ProjectOptions.builder(dir).configFile(file).build());
        assertThat(project.name()).isEqualTo(name);
        target = compose.target(project);

        compose.up(target, List.of("web"), output::add).await();
        try {
            compose.up(target, List.of("job"), output::add).await();
        } catch (RuntimeProblem expectedWithWait) {
            // 'up --wait' (v2) fails when a service exits non-zero: that is the point of this service.
            assertThat(compose.flavor()).isEqualTo(ComposeFlavor.V2);
        }

        ServiceStatus web = null;
        ServiceStatus job = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            List<ServiceStatus> statuses = engine.status(project);
            assertThat(statuses).extracting(ServiceStatus::service).containsExactly("web", "job");
            web = statuses.get(0);
            job = statuses.get(1);
            if (web.state() == ContainerState.HEALTHY && job.state() == ContainerState.EXITED) {
                break;
            }
            Thread.sleep(300);
        }
        assertThat(web.state()).isEqualTo(ContainerState.HEALTHY);
        assertThat(web.running()).isEqualTo(1);
        assertThat(web.replicas()).isEqualTo(1);
        assertThat(web.containers().get(0).project()).isEqualTo(name);
        assertThat(job.state()).isEqualTo(ContainerState.EXITED);
        assertThat(job.exitCode()).isEqualTo(OptionalInt.of(3));

        List<String> logs = Collections.synchronizedList(new ArrayList<>());
        compose.logs(target, List.of("web"), false, logs::add).await();
        assertThat(String.join("\n", logs)).contains("web-started");

        ComposeRun follow = compose.logs(target, List.of("web"), true, line -> { });
        Thread.sleep(300);
        follow.cancel();
        assertThat(follow.isAlive()).isFalse();

        compose.down(target, true, output::add).await();
        assertThat(engine.containers(name)).isEmpty();
        target = null;
    }
}
