package org.stackcanvas.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.stackcanvas.edit.CommandStack;
import org.stackcanvas.edit.DocumentStore;
import org.stackcanvas.edit.EditException;

/** Runs one rule over a project written to a temporary folder; applies and undoes its quick fixes. */
public final class RuleHarness {

    private static final SchemaValidator SCHEMA = new SchemaValidator();

    private RuleHarness() {
    }

    /** Writes compose.yaml and the other files (name, content, name, content, ...) to a new folder. */
    public static Path project(String compose, String... files) {
        try {
            Path dir = Files.createTempDirectory("stackcanvas-check");
            Files.writeString(dir.resolve("compose.yaml"), compose);
            for (int i = 0; i + 1 < files.length; i += 2) {
                Path f = dir.resolve(files[i]);
                Files.createDirectories(f.getParent());
                Files.writeString(f, files[i + 1]);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CheckResult lint(Rule rule, Path dir) {
        Checker checker = new Checker(RuleRegistry.of(rule), SCHEMA);
        return checker.check(checker.read(dir, Map.of()), CheckConfig.defaults().with(rule.id(), true));
    }

    /** The findings of {@code rule} alone. */
    public static List<Finding> run(Rule rule, String compose, String... files) {
        return lint(rule, project(compose, files)).of(rule.id());
    }

    /**
     * Applies the first finding's quick fix: the finding must go away, and undo must give back the
     * exact text.
     */
    public static void assertFixWorks(Rule rule, String compose, String... files) {
        Path dir = project(compose, files);
        Checker checker = new Checker(RuleRegistry.of(rule), SCHEMA);
        CheckConfig config = CheckConfig.defaults().with(rule.id(), true);
        CheckInput input = checker.read(dir, Map.of());
        List<Finding> before = checker.check(input, config).of(rule.id());
        assertFalse(before.isEmpty(), "the rule should fire");
        Finding first = before.get(0);
        assertTrue(first.fix().isPresent(), "the finding should have a quick fix");
        DocumentStore store = DocumentStore.of(input.documents().toArray(new org.stackcanvas.document.ComposeDocument[0]));
        String original = input.documents().get(0).text();
        CommandStack stack = new CommandStack(store);
        try {
            assertTrue(stack.execute(first.fix().get().command()), "the fix should change the file");
            Files.writeString(dir.resolve("compose.yaml"), store.get("compose.yaml").text());
        } catch (EditException | IOException e) {
            throw new AssertionError("the fix failed: " + e.getMessage(), e);
        }
        List<Finding> after = lint(rule, dir).findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
        assertTrue(after.stream().noneMatch(f -> f.message().equals(first.message())),
                "the fix should remove the finding, still: " + after);
        assertTrue(lint(rule, dir).findings().stream().noneMatch(f -> f.severity() == Severity.ERROR
                && !f.ruleId().equals(rule.id())), "the fixed file should stay valid");
        stack.undo();
        try {
            assertEquals(original, store.get("compose.yaml").text(), "undo should restore the text");
        } catch (EditException e) {
            throw new AssertionError(e);
        }
    }
}
