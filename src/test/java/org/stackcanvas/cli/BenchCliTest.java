package org.stackcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command on a tiny stack: it runs, prints one table, and says why it skips what it cannot take. */
class BenchCliTest {

    @TempDir
    Path work;

    @Test
    void aQuickRunOnATinyStackPrintsOneTableAndTheReasonForEachSkippedFigure() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // No DISPLAY and no PATH: the UI and peer figures cannot be taken here.
        int exit = new Cli(Map.of("PATH", ""), work).run(new String[] {"bench", "--quick", "--services", "12",
            "--work", work.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(table).startsWith("StackCanvas benchmark: [12] services");
        assertThat(table).contains("| Figure ").contains("| open 12 (document+model+interpolation) ")
                .contains("SnakeYAML parse to nodes").contains("| full lint 12 ")
                .contains("| re-check after one edit 12 ").contains("| save after one edit 12 ");
        assertThat(table).containsPattern("\\| re-check after one edit 12 +\\| [0-9.]+ ms \\(");
        assertThat(table).contains("Not measured: UI figures: no display");
        assertThat(table).contains("Not measured: whole-process figures 12: not started from stackcanvas.jar");
        assertThat(work.resolve("stack-12/compose.yaml")).exists();
    }

    @Test
    void aSizeThatIsNotAPositiveNumberIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(Map.of(), work).run(new String[] {"bench", "--services", "many"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--services takes a positive number, not 'many'");
    }
}
