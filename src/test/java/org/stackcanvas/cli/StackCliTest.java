package org.stackcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        out.reset();
        assertThat(run("down", "--help")).isZero();
        assertThat(stdout()).contains("Usage: stackcanvas down FILE [-p NAME] [--volumes]");
    }

    @Test
    void usageErrors() throws Exception {
        assertThat(run("up")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("which compose file?");
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: x\n");
        assertThat(run("down", "compose.yaml", "--bogus")).isEqualTo(Cli.USAGE);
        assertThat(run("ps", "compose.yaml", "web")).isEqualTo(Cli.USAGE);
        assertThat(run("up", "missing.yaml")).isEqualTo(Cli.INPUT_PROBLEM);
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
    void v1RefusesFilesThatNeedV2() throws Exception {
        fakeComposeV1();
        Files.writeString(dir.resolve("other.yaml"), "services:\n  db:\n    image: y\n");
        Files.writeString(dir.resolve("compose.yaml"), "include:\n  - other.yaml\nservices:\n  web:\n    image: x\n");
        assertThat(run("up", "compose.yaml")).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(stderr()).contains("needs Compose v2").contains("compose.yaml:1:1");
        assertThat(stdout()).doesNotContain("ARGS");
    }

    @Test
    void v1GetsTheMainFileWithoutItsNameOnStandardInput() throws Exception {
        fakeComposeV1();
        Files.writeString(dir.resolve("compose.yaml"), "name: shop\nservices:\n  web:\n    image: x\n");
        assertThat(run("up", "compose.yaml")).as(stderr()).isZero();
        assertThat(stdout().strip()).isEqualTo("ARGS: -p shop --project-directory " + dir + " -f - up -d");
    }

    @Test
    void psReportsAnUnreachableEngine() throws Exception {
        env.put("DOCKER_HOST", "unix://" + dir.resolve("missing.sock"));
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: x\n");
        assertThat(run("ps", "compose.yaml")).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(stderr()).contains("ps: Docker Engine not reachable").contains("does not exist");
    }
}
