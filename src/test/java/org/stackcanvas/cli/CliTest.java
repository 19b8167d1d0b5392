package org.stackcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void roundtripPrintsTheExactBytes() throws Exception {
        byte[] content = "\uFEFFservices:\r\n  web:   # front\r\n    image: 'nginx'\r\n    x: &a [1,2]\r\n    y: *a"
                .getBytes(StandardCharsets.UTF_8);
        Path file = file("compose.yaml", content);
        assertThat(run("roundtrip", file.toString())).isZero();
        assertThat(out.toByteArray()).isEqualTo(content);
        assertThat(stderr()).isEmpty();
    }

    @Test
    void editPrintsTheResult() throws Exception {
        Path file = file("compose.yaml", "services:\n  web:\n    image: nginx  # pin\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run("edit", file.toString(), "--op", "set-image web nginx:1.27",
                "--op", "set-env web GREETING 'hello world'")).isZero();
        assertThat(stdout()).isEqualTo("services:\n  web:\n    image: nginx:1.27  # pin\n    environment:\n"
                + "      GREETING: hello world\n");
        assertThat(Files.readString(file)).isEqualTo("services:\n  web:\n    image: nginx  # pin\n");
    }

    @Test
    void editWritesToTheOutputFileAndPrintsNothing() throws Exception {
        Path file = file("compose.yaml", "services:\n  web:\n    image: nginx\n".getBytes(StandardCharsets.UTF_8));
        Path output = dir.resolve("out.yaml");
        assertThat(run("edit", file.toString(), "--op", "add-port web 80:80", "-o", output.toString())).isZero();
        assertThat(stdout()).isEmpty();
        assertThat(Files.readString(output)).isEqualTo("services:\n  web:\n    image: nginx\n    ports:\n      - \"80:80\"\n");
        assertThat(run("edit", file.toString(), "--op", "add-port web 80:80", "-o", file.toString())).isZero();
        assertThat(Files.readString(file)).isEqualTo(Files.readString(output));
    }

    @Test
    void aBrokenFileIsExitOneWithFileLineColumn() throws Exception {
        Path file = file("compose.yaml", "services:\n  web:\n    image: [nginx\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run("roundtrip", file.toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(stderr()).startsWith(file + ":3:12: invalid YAML"); // where the unclosed [ opens
        assertThat(stdout()).isEmpty();
        err.reset();
        assertThat(run("edit", file.toString(), "--op", "set-image web x")).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(stderr()).matches("(?s)" + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .*");
    }

    @Test
    void anImpossibleEditIsExitOneAndWritesNothing() throws Exception {
        Path file = file("compose.yaml", "services:\n  web:\n    image: nginx\n".getBytes(StandardCharsets.UTF_8));
        Path output = dir.resolve("out.yaml");
        assertThat(run("edit", file.toString(), "--op", "set-image web x", "--op", "set-image nope x",
                "-o", output.toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(stderr()).contains("no service 'nope' in this file; check the name");
        assertThat(output).doesNotExist();
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aMissingFileIsExitOne() {
        assertThat(run("roundtrip", dir.resolve("absent.yaml").toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(stderr()).contains("absent.yaml: file not found");
    }

    @Test
    void usageErrorsAreExitTwo() throws Exception {
        Path file = file("compose.yaml", "services: {}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run("frobnicate")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("unknown command 'frobnicate'").contains("roundtrip").contains("edit");
        err.reset();
        assertThat(run("edit", file.toString())).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("at least one --op");
        err.reset();
        assertThat(run("edit", file.toString(), "--op", "set-image web")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("'set-image' takes SERVICE IMAGE");
        err.reset();
        assertThat(run("roundtrip")).isEqualTo(Cli.USAGE);
        err.reset();
        assertThat(run("edit", file.toString(), "--op", "set-image web x", "--frob")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("unknown option --frob");
    }

    @Test
    void anUnknownOpIsExitTwoAndListsTheKnownOps() throws Exception {
        Path file = file("compose.yaml", "services: {}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run("edit", file.toString(), "--op", "set-colour web red")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("unknown op 'set-colour'").contains("set-image").contains("depends-on");
    }

    @ParameterizedTest
    @ValueSource(strings = {"roundtrip", "edit"})
    void everyCommandHasHelp(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(stdout()).startsWith("Usage: stackcanvas " + command);
        out.reset();
        assertThat(run("help", command)).isZero();
        assertThat(stdout()).startsWith("Usage: stackcanvas " + command);
    }

    @Test
    void editHelpListsEveryOp() {
        assertThat(run("edit", "-h")).isZero();
        for (String op : EditOps.OPS.keySet()) {
            assertThat(stdout()).contains("  " + op + " ");
        }
    }

    @Test
    void noArgumentsOrHelpShowTheOverview() {
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains("Commands:").contains("roundtrip").contains("edit");
    }
}
