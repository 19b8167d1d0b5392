package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.stackcanvas.runtime.StackFixture.in;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Services that fail, on the real Engine: an unhealthy one, one that exits non-zero, one that
 * crash-loops, one waiting for an unhealthy dependency, a missing image, a host port that is taken,
 * and an Engine that is not there. Each gives the right state and a message that says what to do.
 */
class RuntimeFailureIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private EngineClient engine;
    private ComposeCli compose;
    private StackFixture stack;

    @BeforeEach
    void needsEngineAndCompose() {
        engine = EngineClient.connect();
        compose = DockerFixture.require(engine);
    }

    @AfterEach
    void cleanUp() {
        if (stack != null) {
            stack.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void unhealthyExitedCrashLoopingAndAWaiterOnAnUnhealthyDependency() throws Exception {
        stack = StackFixture.write(compose, engine, dir, """
                x-base: &base
                  image: {IMAGE}
                  pull_policy: never
                  init: true
                  network_mode: none
                services:
                  sick:
                    <<: *base
                    command: ["sleep", "300"]
                    healthcheck:
                      test: ["CMD", "false"]
                      interval: 1s
                      timeout: 1s
                      retries: 1
                  job:
                    <<: *base
                    command: ["sh", "-c", "echo job-failing; exit 3"]
                  crashy:
                    <<: *base
                    restart: always
                    command: ["sh", "-c", "echo crashing; exit 1"]
                  waiter:
                    <<: *base
                    command: ["sleep", "300"]
                    depends_on:
                      sick:
                        condition: service_healthy
                """);
        RuntimeProblem problem = catchThrowableOfType(stack::up, RuntimeProblem.class);

        assertThat(problem).as("up fails: waiter's dependency is unhealthy").isNotNull();
        assertThat(problem.getMessage()).contains("is unhealthy").contains("failed its healthcheck");
        if (compose.flavor() == ComposeFlavor.V1) {
            assertThat(problem.failedService()).contains("waiter");
        } else {
            assertThat(problem.failedService()).isPresent();
        }

        ServiceStatus sick = stack.await("sick", in(ContainerState.UNHEALTHY), WAIT);
        assertThat(sick.state()).isEqualTo(ContainerState.UNHEALTHY);
        assertThat(sick.health()).isEqualTo("unhealthy");
        assertThat(sick.running()).as("an unhealthy container still runs").isEqualTo(1);
        assertThat(stack.status("waiter").state()).isEqualTo(ContainerState.NOT_CREATED);

        ServiceStatus job = stack.await("job", in(ContainerState.EXITED), WAIT);
        assertThat(job.state()).isEqualTo(ContainerState.EXITED);
        assertThat(job.exitCode()).isEqualTo(OptionalInt.of(3));
        assertThat(job.running()).isZero();
        assertThat(stack.logs("job")).contains("job-failing");

        ServiceStatus crashy = stack.await("crashy", in(ContainerState.RESTARTING), WAIT);
        assertThat(crashy.state()).isEqualTo(ContainerState.RESTARTING);
        assertThat(crashy.exitCode()).as("the exit code it keeps crashing with").isEqualTo(OptionalInt.of(1));
        assertThat(crashy.containers().get(0).status()).startsWith("Restarting (1)");
        assertThat(stack.awaitLog("crashy", l -> l.split("crashing", -1).length > 2, WAIT))
                .as("it ran more than once").contains("crashing");
    }

    @Test
    void aMissingImageNamesTheServiceAndChangesNothing() throws Exception {
        // Compose v1 ignores 'pull_policy: never' and asks the Engine to pull a missing image; the image
        // names a registry on a closed loopback port, so that attempt is refused without leaving the machine.
        stack = StackFixture.write(compose, engine, dir, """
                services:
                  api:
                    image: 127.0.0.1:1/stackcanvas-test/not-built-yet:1
                    pull_policy: never
                    init: true
                    network_mode: none
                    command: ["sleep", "300"]
                """);
        byte[] before = Files.readAllBytes(stack.file());

        RuntimeProblem problem = catchThrowableOfType(stack::up, RuntimeProblem.class);

        assertThat(problem).isNotNull();
        assertThat(problem.failedService()).contains("api");
        assertThat(problem.getMessage()).startsWith("Compose failed (exit code ")
                .contains("127.0.0.1:1/stackcanvas-test/not-built-yet:1")
                .contains("is not on this machine").contains("docker load");
        assertThat(Files.readAllBytes(stack.file())).as("the compose file is untouched").isEqualTo(before);
        assertThat(stack.status("api").state()).isEqualTo(ContainerState.NOT_CREATED);
    }

    @Test
    void upRefusesANeverPulledImageThatIsNotHereBeforeComposeTriesToPullIt() throws Exception {
        stack = StackFixture.write(compose, engine, dir, """
                services:
                  api:
                    image: stackcanvas-test/not-built-yet:1
                    pull_policy: never
                    command: ["sleep", "300"]
                    depends_on: [db]
                  db:
                    image: {IMAGE}
                    pull_policy: never
                    command: ["sleep", "300"]
                """);

        assertThatThrownBy(() -> engine.requireNeverPulledImages(stack.project(), List.of("api")))
                .isInstanceOf(RuntimeProblem.class)
                .hasMessageContaining("Service 'api' uses image stackcanvas-test/not-built-yet:1 with pull_policy: never")
                .hasMessageContaining("docker load")
                .satisfies(e -> assertThat(((RuntimeProblem) e).failedService()).contains("api"));
        engine.requireNeverPulledImages(stack.project(), List.of("db"));
        assertThat(engine.hasImage(DockerFixture.IMAGE)).isTrue();
    }

    @Test
    void aHostPortInUseNamesTheServiceAndThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            stack = StackFixture.write(compose, engine, dir, """
                    services:
                      quiet:
                        image: {IMAGE}
                        pull_policy: never
                        init: true
                        network_mode: none
                        command: ["sleep", "300"]
                      web:
                        image: {IMAGE}
                        pull_policy: never
                        init: true
                        command: ["sleep", "300"]
                        ports:
                          - "127.0.0.1:%d:80"
                    """.formatted(port));
            byte[] before = Files.readAllBytes(stack.file());

            RuntimeProblem problem = catchThrowableOfType(stack::up, RuntimeProblem.class);

            assertThat(problem).isNotNull();
            assertThat(problem.failedService()).contains("web");
            assertThat(problem.getMessage()).contains("address already in use")
                    .contains("The host port 127.0.0.1:" + port + " published by service 'web' is already used")
                    .contains("'ports:'");
            assertThat(Files.readAllBytes(stack.file())).isEqualTo(before);
            ServiceStatus web = stack.status("web");
            assertThat(web.state().isUp()).as("web is " + web.state()).isFalse();
            assertThat(web.running()).isZero();
        }
    }

    @Test
    void anUnreachableEngineIsExplained() throws Exception {
        stack = StackFixture.write(compose, engine, dir, """
                services:
                  web:
                    image: {IMAGE}
                    pull_policy: never
                    command: ["sleep", "300"]
                """);
        String missing = "unix://" + dir.resolve("no-engine.sock");
        List<String> command = new ArrayList<>(List.of("env", "DOCKER_HOST=" + missing));
        command.addAll(compose.upArguments(stack.target(), List.of()));

        RuntimeProblem problem = catchThrowableOfType(() -> ComposeCli.start(command, dir, line -> { }).await(),
                RuntimeProblem.class);

        assertThat(problem).isNotNull();
        assertThat(problem.getMessage()).contains("Compose could not reach the Docker Engine")
                .contains("DOCKER_HOST");
        assertThat(problem.failedService()).isEmpty();

        try (EngineClient nowhere = EngineClient.connect(java.util.Map.of("DOCKER_HOST", missing))) {
            assertThatThrownBy(() -> nowhere.containers(stack.name())).isInstanceOf(RuntimeProblem.class)
                    .hasMessageContaining("Docker Engine not reachable at " + missing)
                    .hasMessageContaining("does not exist");
        }
    }
}
