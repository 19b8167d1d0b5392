package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stackcanvas.runtime.ComposeFailure.Kind;

/**
 * The v1 texts under {@code fixtures/compose-stderr} are docker-compose 1.29.2's standard error,
 * captured from a real Engine 20.10 (project names {@code rtcapN}). The v2 texts are Compose v2's
 * wording as it prints it (no v2 plugin is installed where these were captured).
 */
class ComposeFailureTest {

    private static String captured(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/fixtures/compose-stderr", name));
    }

    @Test
    void v1MissingImageWithNoRegistryReachable() throws IOException {
        ComposeFailure failure = ComposeFailure.read(captured("v1-missing-image-no-registry.txt"), "rtcap1");
        assertThat(failure.kind()).isEqualTo(Kind.MISSING_IMAGE);
        assertThat(failure.service()).contains("api");
        assertThat(failure.explanation()).contains("'stackcanvas-test/nothing-here:1'", "service 'api'",
                "https://registry-1.docker.io", "could not be reached", "docker load");

        ComposeFailure refused = ComposeFailure.read(captured("v1-missing-image-registry-refused.txt"), "rtcap2");
        assertThat(refused.kind()).isEqualTo(Kind.MISSING_IMAGE);
        assertThat(refused.service()).contains("api");
        assertThat(refused.explanation()).contains("http://127.0.0.1:1");
    }

    @Test
    void v2MissingImage() {
        ComposeFailure never = ComposeFailure.read("""
                 Container shop-db-1  Created
                 Container shop-api-1  Creating
                Error response from daemon: No such image: shop/api:dev
                """, "shop");
        assertThat(never.kind()).isEqualTo(Kind.MISSING_IMAGE);
        assertThat(never.service()).contains("api");
        assertThat(never.explanation()).contains("'shop/api:dev'", "could not be pulled");

        ComposeFailure denied = ComposeFailure.read("""
                [+] Running 1/1
                 ✘ api Error                                                                     1.2s
                Error response from daemon: pull access denied for shop/api, repository does not exist or may\
                 require 'docker login': denied: requested access to the resource is denied
                """, "shop");
        assertThat(denied.kind()).isEqualTo(Kind.MISSING_IMAGE);
        assertThat(denied.service()).contains("api");
        assertThat(denied.explanation()).contains("'shop/api'");

        ComposeFailure offline = ComposeFailure.read("""
                 ✘ api Error Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io: no such host
                Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup\
                 registry-1.docker.io: no such host
                """, "shop");
        assertThat(offline.kind()).isEqualTo(Kind.MISSING_IMAGE);
        assertThat(offline.service()).contains("api");
        assertThat(offline.explanation()).contains("registry (https://registry-1.docker.io) could not be reached");
    }

    @Test
    void v1PortAllocatedByAContainerOrInUseByAProgram() throws IOException {
        ComposeFailure allocated = ComposeFailure.read(captured("v1-port-allocated.txt"), "rtcap4");
        assertThat(allocated.kind()).isEqualTo(Kind.PORT_IN_USE);
        assertThat(allocated.service()).contains("web");
        assertThat(allocated.explanation()).contains("127.0.0.1:47123", "another container", "'ports:'");

        ComposeFailure inUse = ComposeFailure.read(captured("v1-port-in-use.txt"), "rtcap5");
        assertThat(inUse.kind()).isEqualTo(Kind.PORT_IN_USE);
        assertThat(inUse.service()).contains("web");
        assertThat(inUse.explanation()).contains("127.0.0.1:47124", "another program");
    }

    @Test
    void v2PortAllocatedNamesTheServiceFromTheEndpoint() {
        ComposeFailure failure = ComposeFailure.read("""
                 Container my-shop-web-1  Starting
                Error response from daemon: driver failed programming external connectivity on endpoint\
                 my-shop-web-1 (3f1c): Bind for 0.0.0.0:8080 failed: port is already allocated
                """, "my-shop");
        assertThat(failure.kind()).isEqualTo(Kind.PORT_IN_USE);
        assertThat(failure.service()).contains("web");
        assertThat(failure.explanation()).contains("0.0.0.0:8080");
    }

    @Test
    void containerThatCannotStart() throws IOException {
        ComposeFailure v1 = ComposeFailure.read(captured("v1-start-failed.txt"), "rtcap6");
        assertThat(v1.kind()).isEqualTo(Kind.START_FAILED);
        assertThat(v1.service()).contains("web");
        assertThat(v1.explanation()).contains("Service 'web' could not start", "'no-such-program' does not exist");

        ComposeFailure v2 = ComposeFailure.read("""
                 Container shop-worker-1  Starting
                 Container shop-worker-1  Error
                Error response from daemon: failed to create shim task: OCI runtime create failed: runc create\
                 failed: unable to start container process: error during container init: error mounting\
                 "/srv/x" to rootfs at "/x": not a directory: unknown
                """, "shop");
        assertThat(v2.kind()).isEqualTo(Kind.START_FAILED);
        assertThat(v2.service()).contains("worker");
        assertThat(v2.explanation()).contains("mounts");
    }

    @Test
    void dependencyThatFailedItsHealthcheck() throws IOException {
        ComposeFailure v1 = ComposeFailure.read(captured("v1-dependency-unhealthy.txt"), "rtcap7");
        assertThat(v1.kind()).isEqualTo(Kind.DEPENDENCY_UNHEALTHY);
        // v1 names the waiting service and only the id of the unhealthy container.
        assertThat(v1.service()).contains("api");
        assertThat(v1.explanation()).contains("e087967c7f82", "healthcheck");

        ComposeFailure v2 = ComposeFailure.read("""
                 Container shop-db-1  Waiting
                 Container shop-db-1  Error
                dependency failed to start: container shop-db-1 is unhealthy
                """, "shop");
        assertThat(v2.kind()).isEqualTo(Kind.DEPENDENCY_UNHEALTHY);
        assertThat(v2.service()).contains("db");
        assertThat(v2.explanation()).startsWith("Service 'db' failed its healthcheck");

        // Newer v2 names the service; a container_name does not hide it then.
        ComposeFailure named = ComposeFailure.read("""
                Container pg Error dependency postgres failed to start
                dependency failed to start: container pg is unhealthy
                """, "shop");
        assertThat(named.service()).contains("postgres");

        ComposeFailure exited = ComposeFailure.read("dependency failed to start: container shop-migrate-1 exited (2)\n",
                "shop");
        assertThat(exited.kind()).isEqualTo(Kind.EXITED);
        assertThat(exited.service()).contains("migrate");
        assertThat(exited.explanation()).contains("exited with code 2");
    }

    @Test
    void engineUnreachable() throws IOException {
        ComposeFailure v1 = ComposeFailure.read(captured("v1-engine-unreachable.txt"), "rtx");
        assertThat(v1.kind()).isEqualTo(Kind.ENGINE_UNREACHABLE);
        assertThat(v1.service()).isEmpty();
        assertThat(v1.explanation()).contains("DOCKER_HOST");
        assertThat(ComposeFailure.read("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the"
                + " docker daemon running?", "shop").kind()).isEqualTo(Kind.ENGINE_UNREACHABLE);
    }

    @Test
    void unknownTextsKeepComposesWordsOnly() {
        ComposeFailure failure = ComposeFailure.read("no such service: nope\n", "shop");
        assertThat(failure.kind()).isEqualTo(Kind.OTHER);
        assertThat(failure.service()).isEmpty();
        assertThat(failure.explanation()).isEmpty();
        assertThat(ComposeFailure.read("", "").kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void containerNamesMapToServices() {
        assertThat(ComposeFailure.serviceOfContainer("shop-web-1", "shop")).isEqualTo("web");
        assertThat(ComposeFailure.serviceOfContainer("shop_web_12", "shop")).isEqualTo("web");
        assertThat(ComposeFailure.serviceOfContainer("shop-my-api-2", "shop")).isEqualTo("my-api");
        assertThat(ComposeFailure.serviceOfContainer("custom-name", "shop")).isNull();
        assertThat(ComposeFailure.serviceOfContainer("shop-web", "shop")).isNull();
    }

    @Test
    void aFailedRunNamesTheServiceAndKeepsComposesWords() throws Exception {
        String stderr = captured("v1-port-allocated.txt");
        RuntimeProblem problem = ComposeRun.failure(List.of("docker-compose", "-p", "rtcap4", "up", "-d"), 1, stderr);
        assertThat(problem.failedService()).isEqualTo(Optional.of("web"));
        assertThat(problem.getMessage()).startsWith("Compose failed (exit code 1): ")
                .contains("Bind for 127.0.0.1:47123 failed: port is already allocated")
                .contains("is already used by another container");
        assertThat(problem.stderr()).isEqualTo(stderr);
        assertThat(problem.exitCode()).isEqualTo(1);
    }
}
