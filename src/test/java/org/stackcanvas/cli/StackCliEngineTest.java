package org.stackcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.runtime.ComposeCli;
import org.stackcanvas.runtime.ComposeFlavor;
import org.stackcanvas.runtime.DockerFixture;
import org.stackcanvas.runtime.EngineClient;

/** {@code up}, {@code ps}, {@code logs} and {@code down} from the command line, on the real Engine. */
class StackCliEngineTest {

    @TempDir
    Path dir;

    private EngineClient engine;
    private ComposeCli compose;
    private String project;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void needsEngineAndCompose() throws Exception {
        engine = EngineClient.connect();
        compose = DockerFixture.require(engine);
        project = DockerFixture.uniqueProjectName();
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    image: %1$s
                    pull_policy: never
                    init: true
                    network_mode: none
                    volumes: [cache:/data]
                    command: ["sh", "-c", "echo web-says-hello; sleep 300"]
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
                    command: ["sh", "-c", "exit 4"]
                volumes:
                  cache: {}
                """.formatted(DockerFixture.IMAGE));
    }

    @AfterEach
    void removeWhatWasStarted() {
        if (project != null) {
            run("down", "compose.yaml", "-p", project, "--volumes");
        }
        engine.close();
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new Cli(System.getenv(), dir).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void upPsLogsDownRoundTrip() throws Exception {
        int up = run("up", "compose.yaml", "-p", project);
        // Compose v2's 'up --wait' fails when job exits 4, as it should; v1 does not wait.
        assertThat(up).as(err.toString(StandardCharsets.UTF_8))
                .isEqualTo(compose.flavor() == ComposeFlavor.V1 ? Cli.OK : Cli.INPUT_PROBLEM);

        String table = "";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            assertThat(run("ps", "compose.yaml", "-p", project)).isZero();
            table = stdout();
            if (table.contains("healthy ") && table.lines().anyMatch(l -> l.startsWith("job") && l.contains("exited"))) {
                break;
            }
            Thread.sleep(300);
        }
        List<String> lines = table.lines().toList();
        assertThat(lines.get(0)).matches("SERVICE +STATE +HEALTH +EXIT +REPLICAS");
        assertThat(lines.get(1)).matches("web +healthy +healthy +- +1/1");
        assertThat(lines.get(2)).matches("job +exited +- +4 +0/1");

        assertThat(run("logs", "compose.yaml", "-p", project, "web")).isZero();
        assertThat(stdout()).contains("web-says-hello");

        assertThat(engine.volumes(project)).containsExactly(project + "_cache");
        assertThat(run("down", "compose.yaml", "-p", project, "--volumes")).isZero();
        assertThat(engine.containers(project)).isEmpty();
        assertThat(engine.volumes(project)).isEmpty();

        assertThat(run("ps", "compose.yaml", "-p", project)).isZero();
        assertThat(stdout()).containsPattern("web +not created +- +- +0/0");
        project = null;
    }
}
