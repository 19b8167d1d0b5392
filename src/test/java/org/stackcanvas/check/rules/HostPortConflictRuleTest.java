package org.stackcanvas.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.RuleHarness;

class HostPortConflictRuleTest {

    private final HostPortConflictRule rule = new HostPortConflictRule();

    private static final String FIRES = "services:\n  a:\n    image: x:1\n    ports: [\"8000-8005:8000-8005\"]\n  b:\n    image: x:1\n    ports: [\"127.0.0.1:8003:80\"]\n";

    private static final String QUIET = "services:\n  a:\n    image: x:1\n    ports: [\"8000:80\", \"53:53/udp\"]\n  b:\n    image: x:1\n    ports: [\"8001:80\", \"53:53/tcp\"]\n  c:\n    image: x:1\n    ports: [\"127.0.0.1:9000:80\"]\n  d:\n    image: x:1\n    ports: [\"127.0.0.2:9000:80\"]\n";

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
