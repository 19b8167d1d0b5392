package org.stackcanvas.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.RuleHarness;

class DuplicateContainerNameRuleTest {

    private final DuplicateContainerNameRule rule = new DuplicateContainerNameRule();

    private static final String FIRES = "services:\n  a:\n    image: x:1\n    container_name: one\n  b:\n    image: x:1\n    container_name: one\n";

    private static final String QUIET = "services:\n  a:\n    image: x:1\n    container_name: one\n  b:\n    image: x:1\n    container_name: two\n";

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
