package org.stackcanvas.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.RuleHarness;

class ServicesSortedRuleTest {

    private final ServicesSortedRule rule = new ServicesSortedRule();

    private static final String FIRES = "services:\n  web:\n    image: x:1\n  api:\n    image: x:1\n";

    private static final String QUIET = "services:\n  api:\n    image: x:1\n  web:\n    image: x:1\n";

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
}
