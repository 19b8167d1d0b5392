package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stackcanvas.runtime.StackFixture.in;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A three-service stack on the real Engine: {@code db} is healthy and writes into a named volume;
 * {@code api} waits for it ({@code condition: service_healthy}), reads the volume and sits on a
 * custom network with {@code restart: unless-stopped}; {@code greeter} prints a variable from an
 * env file. Every service has {@code init: true}. States are read through the Engine API.
 */
class StackLifecycleIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static final String COMPOSE = """
            services:
              db:
                image: {IMAGE}
                pull_policy: never
                init: true
                networks: [backend]
                volumes: [data:/data]
                command: ["sh", "-c", "test -f /data/created || cat /etc/hostname > /data/created; echo db-ready; sleep 300"]
                healthcheck:
                  test: ["CMD", "test", "-f", "/data/created"]
                  interval: 1s
                  timeout: 1s
                  retries: 3
              api:
                image: {IMAGE}
                pull_policy: never
                init: true
                restart: unless-stopped
                networks: [backend]
                volumes: [data:/data]
                env_file: [app.env]
                depends_on:
                  db:
                    condition: service_healthy
                command: ["sh", "-c", "echo api-saw-db-since $$(cat /data/created); echo api-mode=$$API_MODE; sleep 300"]
              greeter:
                image: {IMAGE}
                pull_policy: never
                init: true
                network_mode: none
                env_file: [app.env]
                command: ["sh", "-c", "echo greeting=$$GREETING; echo pid1=$$(cat /proc/1/cmdline); sleep 300"]
            networks:
              backend: {}
            volumes:
              data: {}
            """;

    private static final String ENV_FILE = "GREETING=hello from the env file\nAPI_MODE=offline\n";

    @TempDir
    Path dir;

    private EngineClient engine;
    private StackFixture stack;

    @BeforeEach
    void startStack() throws Exception {
        engine = EngineClient.connect();
        ComposeCli compose = DockerFixture.require(engine);
        stack = StackFixture.write(compose, engine, dir, COMPOSE, "app.env", ENV_FILE);
        stack.up();
    }

    @AfterEach
    void removeStack() {
        if (stack != null) {
            stack.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void startsInDependencyOrderWithVolumeNetworkEnvFileAndInitThenStopsStartsAndRestarts() throws Exception {
        assertThat(stack.await("db", in(ContainerState.HEALTHY), WAIT).state()).isEqualTo(ContainerState.HEALTHY);
        ServiceStatus api = stack.await("api", in(ContainerState.RUNNING), WAIT);
        assertThat(api.state()).isEqualTo(ContainerState.RUNNING);
        assertThat(api.health()).isEmpty();
        assertThat(api.running()).isEqualTo(1);
        assertThat(api.replicas()).isEqualTo(1);
        assertThat(api.exitCode()).isEmpty();
        assertThat(stack.statuses()).extracting(ServiceStatus::service).containsExactly("db", "api", "greeter");

        // api started only after db had written the file its healthcheck waits for.
        assertThat(stack.awaitLog("api", "api-saw-db-since ", WAIT)).doesNotContain("No such file")
                .contains("api-mode=offline");
        String greeter = stack.awaitLog("greeter", "greeting=", WAIT);
        assertThat(greeter).contains("greeting=hello from the env file").contains("docker-init");

        assertThat(stack.volumes()).containsExactly(stack.name() + "_data");
        assertThat(DockerFixture.exec(List.of("docker", "network", "inspect", stack.name() + "_backend")))
                .as("the custom network exists").isZero();

        // Stop, start and restart (in the same test: one stack start less keeps the suite quick).
        stack.stop("api", "greeter");
        // docker-init passes SIGTERM on, and the shell dies of it: exit code 128 + 15.
        assertThat(stack.status("greeter").exitCode()).isEqualTo(OptionalInt.of(143));
        ServiceStatus stopped = stack.status("api");
        assertThat(stopped.state()).isEqualTo(ContainerState.EXITED);
        assertThat(stopped.running()).isZero();
        assertThat(stopped.exitCode()).isPresent();
        // unless-stopped: a container the user stopped stays stopped.
        Thread.sleep(1500);
        assertThat(stack.status("api").state()).isEqualTo(ContainerState.EXITED);
        assertThat(stack.status("db").state().isUp()).isTrue();

        stack.start("api");
        assertThat(stack.await("api", in(ContainerState.RUNNING), WAIT).state()).isEqualTo(ContainerState.RUNNING);

        stack.start("greeter");
        stack.restart("greeter");
        assertThat(stack.await("greeter", in(ContainerState.RUNNING), WAIT).state())
                .isEqualTo(ContainerState.RUNNING);
        String logs = stack.awaitLog("greeter", l -> l.split("greeting=hello", -1).length == 4, WAIT);
        assertThat(logs.split("greeting=hello", -1)).as("greeter printed once per start: " + logs).hasSize(4);
    }

    @Test
    void downKeepsTheNamedVolumeAndDownVolumesRemovesIt() throws Exception {
        String firstDb = stack.status("db").containers().get(0).id();
        stack.await("api", in(ContainerState.RUNNING), WAIT);
        String firstStart = stack.awaitLog("api", "api-saw-db-since ", WAIT);

        stack.down(false);
        assertThat(engine.containers(stack.name())).isEmpty();
        assertThat(stack.statuses()).allSatisfy(s -> assertThat(s.state()).isEqualTo(ContainerState.NOT_CREATED));
        assertThat(stack.volumes()).containsExactly(stack.name() + "_data");
        assertThat(DockerFixture.exec(List.of("docker", "network", "inspect", stack.name() + "_backend")))
                .as("down removes the custom network").isNotZero();

        // The data outlived the containers: the new db finds the file the first db container wrote
        // (its id, from /etc/hostname), and the new api prints that same id.
        stack.up("api");
        stack.await("api", in(ContainerState.RUNNING), WAIT);
        assertThat(stack.status("db").containers().get(0).id()).isNotEqualTo(firstDb);
        String sawDb = firstStart.lines().filter(l -> l.contains("api-saw-db-since")).findFirst().orElseThrow();
        String firstDbId = sawDb.substring(sawDb.indexOf("api-saw-db-since"));
        assertThat(firstDbId).matches("api-saw-db-since [0-9a-f]{12}");
        assertThat(stack.awaitLog("api", "api-saw-db-since", WAIT)).contains(firstDbId);

        stack.down(true);
        assertThat(engine.containers(stack.name())).isEmpty();
        assertThat(stack.volumes()).isEmpty();
    }
}
