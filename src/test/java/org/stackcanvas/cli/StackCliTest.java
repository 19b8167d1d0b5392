package org.stackcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.runtime.ContainerInfo;
import org.stackcanvas.runtime.ServiceStatus;

class StackCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, String> env = new HashMap<>();

    private int run(String... args) {
        return new Cli(env, dir).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A stand-in docker-compose v1 that answers 'version' and prints its arguments otherwise. */
    private void fakeComposeV1() throws Exception {
        Path script = dir.resolve("fake-compose");
        Files.writeString(script, """
                #!/bin/sh
                if [ "$1" = version ]; then echo "docker-compose version 1.29.2"; exit 0; fi
                echo "ARGS: $*"
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        env.put("STACKCANVAS_DOCKER", dir.resolve("no-docker").toString());
        env.put("STACKCANVAS_DOCKER_COMPOSE", script.toString());
    }

    @Test
    void commandsAreListedAndHaveHelp() {
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains("up ", "ps ", "logs ", "down ");
        for (String usage : List.of("up FILE [-p NAME] [SERVICE...]", "ps FILE [-p NAME]",
                "logs FILE [-p NAME] [--follow] [SERVICE...]", "down FILE [-p NAME] [--volumes]")) {
            out.reset();
            String verb = usage.substring(0, usage.indexOf(' '));
            assertThat(run(verb, "--help")).isZero();
            assertThat(stdout()).startsWith("Usage: stackcanvas " + usage).contains("Exit status: 0");
        }
    }

    @Test
    void usageErrorsSayWhatToDo() throws Exception {
        assertThat(run("up")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("up: which compose file? Give its path, e.g. 'stackcanvas up compose.yaml'");
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: x\n");
        err.reset();
        assertThat(run("down", "compose.yaml", "--bogus")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("down: unknown option --bogus (see 'down --help')");
        assertThat(run("ps", "compose.yaml", "web")).isEqualTo(Cli.USAGE);
        assertThat(run("up", "compose.yaml", "-p")).isEqualTo(Cli.USAGE);
        assertThat(run("up", "compose.yaml", "--volumes")).as("--volumes belongs to down").isEqualTo(Cli.USAGE);
        err.reset();
        assertThat(run("logs", "missing.yaml")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains(dir.resolve("missing.yaml") + " does not exist; give the path of a compose file");
        err.reset();
        assertThat(run("up", ".")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("is a folder");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void psTableHasAColumnPerFactAndDashesForNone() {
        ContainerInfo web = ContainerInfo.of("1", List.of("/shop-web-1"), Map.of(ContainerInfo.PROJECT_LABEL, "shop",
                ContainerInfo.SERVICE_LABEL, "web"), "running", "Up 2 seconds (healthy)");
        ContainerInfo job = ContainerInfo.of("2", List.of("/shop-job-1"), Map.of(ContainerInfo.PROJECT_LABEL, "shop",
                ContainerInfo.SERVICE_LABEL, "migrations-and-seed"), "exited", "Exited (4) 1 second ago");
        String table = StackCli.table(ServiceStatus.summarize(List.of("web", "migrations-and-seed", "cache"),
                List.of(web, job)));
        assertThat(table.lines()).containsExactly(
                "SERVICE               STATE         HEALTH    EXIT   REPLICAS",
                "web                   healthy       healthy   -      1/1",
                "migrations-and-seed   exited        -         4      0/1",
                "cache                 not created   -         -      0/0");
    }

    @Test
    void upPassesProjectNameAndServicesToCompose() throws Exception {
        fakeComposeV1();
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: x\n  db:\n    image: y\n");
        assertThat(run("up", "compose.yaml", "-p", "shop", "web")).as(stderr()).isZero();
        Path file = dir.resolve("compose.yaml");
        assertThat(stdout().strip()).isEqualTo("ARGS: -p shop --project-directory " + dir + " -f " + file
                + " up -d web");
        out.reset();
        assertThat(run("down", "compose.yaml", "--volumes")).isZero();
        assertThat(stdout()).contains("-p " + dir.getFileName().toString().toLowerCase()).contains(" down -v");
        assertThat(run("up", "compose.yaml", "nope")).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(stderr()).contains("no service 'nope'");
    }

    @Test
    void v1GetsTheMainFileWithoutItsNameOnStandardInput() throws Exception {
        fakeComposeV1();
        Files.writeString(dir.resolve("compose.yaml"), "name: shop\nservices:\n  web:\n    image: x\n");
        assertThat(run("up", "compose.yaml")).as(stderr()).isZero();
        assertThat(stdout().strip()).isEqualTo("ARGS: -p shop --project-directory " + dir + " -f - up -d");
    }

    @Test
    void v1RefusesIncludeWithWhereItIsWritten() throws Exception {
        fakeComposeV1();
        Files.writeString(dir.resolve("db.yaml"), "services:\n  db:\n    image: y\n");
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: x\ninclude:\n  - db.yaml\n");
        assertThat(run("down", "compose.yaml")).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(stderr()).contains("compose.yaml:4:1: 'include:' needs Compose v2")
                .contains("apt-get install docker-compose-plugin");
        assertThat(stdout()).doesNotContain("ARGS");
    }

    @Test
    void aComposeFailureNamesTheFailedService() throws Exception {
        Path script = dir.resolve("failing-compose");
        Files.writeString(script, """
                #!/bin/sh
                if [ "$1" = version ]; then echo "docker-compose version 1.29.2"; exit 0; fi
                echo 'Creating shop_web_1 ... error' >&2
                echo 'ERROR: for web  Cannot start service web: driver failed programming external connectivity on\
                 endpoint shop_web_1 (ab12): Bind for 0.0.0.0:8080 failed: port is already allocated' >&2
                exit 1
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        env.put("STACKCANVAS_DOCKER", dir.resolve("no-docker").toString());
        env.put("STACKCANVAS_DOCKER_COMPOSE", script.toString());
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: x\n");
        assertThat(run("up", "compose.yaml", "-p", "shop")).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(stderr()).contains("up: Compose failed (exit code 1): ")
                .contains("port is already allocated")
                .contains("The host port 0.0.0.0:8080 published by service 'web' is already used by another container")
                .contains("up: failed service: web");
    }

    @Test
    void psReportsAnUnreachableEngine() throws Exception {
        env.put("DOCKER_HOST", "unix://" + dir.resolve("missing.sock"));
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: x\n");
        assertThat(run("ps", "compose.yaml")).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(stderr()).contains("ps: Docker Engine not reachable").contains("does not exist");
    }
}
