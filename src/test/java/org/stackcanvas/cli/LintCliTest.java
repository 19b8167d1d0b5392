package org.stackcanvas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stackcanvas.check.RuleHarness;

class LintCliTest {

    private record Run(int code, String out, String err) {
    }

    private Run run(Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(Map.of(), cwd).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void cleanProjectsExitZeroAndErrorsExitOne() {
        Path ok = RuleHarness.project("services:\n  web:\n    image: nginx:1.27\n");
        Run clean = run(ok, "lint", "--min-severity", "warning");
        assertEquals(0, clean.code(), clean.out() + clean.err());
        assertEquals("", clean.out());
        Path bad = RuleHarness.project("services:\n  web:\n    image: x:1\n    depends_on: [web]\n");
        Run broken = run(bad, "lint", ".");
        assertEquals(1, broken.code());
        assertTrue(broken.out().matches("(?s).*compose.yaml:4:\\d+: error: service web depends on itself \\[self-dependency\\].*"),
                broken.out());
    }

    @Test
    void wrongUsageExitsTwo() {
        Path ok = RuleHarness.project("services:\n  web:\n    image: nginx:1.27\n");
        assertEquals(2, run(ok, "lint", "--format", "xml").code());
        assertEquals(2, run(ok, "lint", "--min-severity", "fatal").code());
        assertEquals(2, run(ok, "lint", "missing-folder").code());
        assertEquals(0, run(ok, "lint", "--help").code());
    }

    @Test
    void sarifHasRulesResultsAndRelativeLocations() {
        Path dir = RuleHarness.project("services:\n  web:\n    image: nginx:latest\n    privileged: true\n");
        Run sarif = run(dir.getParent(), "lint", dir.getFileName().toString(), "--format", "sarif");
        String out = sarif.out();
        assertTrue(out.contains("\"version\": \"2.1.0\"") || out.contains("\"version\":\"2.1.0\""), out);
        assertTrue(out.contains("\"ruleId\"") && out.contains("\"shortDescription\"") && out.contains("\"help\""));
        assertTrue(out.contains(dir.getFileName() + "/compose.yaml"), out);
        assertTrue(out.contains("\"startLine\"") && out.contains("\"startColumn\""));
        assertTrue(out.contains("\"level\""));
    }

    @Test
    void rulesListsEveryRule() {
        Run text = run(Path.of("."), "rules");
        assertEquals(0, text.code());
        assertTrue(text.out().lines().count() >= 60, text.out());
        assertTrue(run(Path.of("."), "rules", "--format", "json").out().contains("\"why\""));
    }
}
