package org.stackcanvas.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.RuleHarness;

class EnvFileMissingRuleTest {

    private final EnvFileMissingRule rule = new EnvFileMissingRule();

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    env_file: web.env\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    env_file:\n      - web.env\n      - path: optional.env\n        required: false\n";

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
        assertEquals(List.of(), RuleHarness.run(rule, QUIET, "web.env", "A=1\n"));
    }

    @Test
    void describedWithALink() {
        assertTrue(rule.why().contains("https://"), rule.why());
        assertFalse(rule.title().isBlank());
    }
}
