package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
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

    private static final String IMAGE = "stackcanvas-test/busybox:1";

    @TempDir
    Path dir;

    private EngineClient engine;
    private ComposeCli compose;
    private ComposeTarget target;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void needsEngineAndCompose() throws Exception {
        engine = EngineClient.connect();
        try {
            engine.ping();
        } catch (RuntimeProblem problem) {
            assumeTrue(false, "Skipping: no Docker Engine reachable: " + problem.getMessage());
        }
        try {
            compose = ComposeCli.detect();
        } catch (RuntimeProblem problem) {
            assumeTrue(false, "Skipping: " + problem.getMessage());
        }
        ensureTestImage();
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

    private void ensureTestImage() throws Exception {
        if (exec(List.of("docker", "image", "inspect", IMAGE)) == 0) {
            return;
        }
        Path busybox = Path.of("/usr/bin/busybox");
        if (!Files.isExecutable(busybox)) {
            busybox = Path.of("/bin/busybox");
        }
        assumeTrue(Files.isExecutable(busybox), "Skipping: no busybox (Debian: busybox-static) to build the test image");
        Path rootfs = Files.createDirectories(dir.resolve("rootfs/bin"));
        Files.copy(busybox, rootfs.resolve("busybox"));
        for (String applet : List.of("sh", "sleep", "true", "echo")) {
            Files.createSymbolicLink(rootfs.resolve(applet), Path.of("busybox"));
        }
        Path tar = dir.resolve("rootfs.tar");
        assertThat(exec(List.of("tar", "-C", dir.resolve("rootfs").toString(), "-cf", tar.toString(), "."))).isZero();
        assertThat(exec(List.of("docker", "import", tar.toString(), IMAGE))).isZero();
    }

    private static int exec(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    @Test
    void upPsLogsDown() throws Exception {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, """
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
                """.formatted(IMAGE));
        String name = "sctest" + UUID.randomUUID().toString().substring(0, 8);
        LoadedProject project = new ProjectLoader().load(ProjectOptions.builder(dir).configFile(file)
                .projectName(name).build());
        compose.requireSupported(project);
        target = ComposeTarget.of(project);

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
