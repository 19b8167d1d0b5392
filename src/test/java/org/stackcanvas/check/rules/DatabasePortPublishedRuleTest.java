package org.stackcanvas.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.RuleHarness;

class DatabasePortPublishedRuleTest {

    private final DatabasePortPublishedRule rule = new DatabasePortPublishedRule();

    private static final String FIRES = "services:\n  db:\n    image: postgres:16\n    ports:\n      - \"5432:5432\"\n";

    private static final String QUIET = "services:\n  db:\n    image: postgres:16\n    ports:\n      - \"127.0.0.1:5432:5432\"\n";

    @Test
    void firesWithALocationInTheRightFile() {
        List<Finding> found = RuleHarness.run(rule, FIRES);
        assertFalse(found.isEmpty(), "expected a finding");
        Finding f = found.get(0);
        assertEquals(rule.id(), f.ruleId());
        assertTrue(f.location().line() > 0, "a line: " + f);
        assertTrue(f.location().file().equals("compose.yaml") || f.location().file().equals("Dockerfile"), f.toString());
    }

    @Test
    void quietWhenTheProjectIsFine() {
        assertEquals(List.of(), RuleHarness.run(rule, QUIET));
    }

    @Test
    void describedWithALink() {
        assertTrue(rule.why().contains("https://"), rule.why());
        assertFalse(rule.title().isBlank());
    }

    @Test
    void quickFixRemovesTheFindingAndUndoRestoresTheText() {
        RuleHarness.assertFixWorks(rule, FIRES);
    }
}
