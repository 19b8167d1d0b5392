package org.stackcanvas.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every rule must do, checked once here: fire on a project that breaks it (with a location),
 * stay quiet on one that does not, and explain itself with a link. Each rule's test class gives the
 * rule and the two projects; a rule with a quick fix extends {@link FixableRuleContract}.
 */
public abstract class RuleContract {

    private final Rule rule;
    private final String fires;
    private final String quiet;
    private String[] firesFiles = {};
    private String[] quietFiles = {};

    /**
     * @param fires compose.yaml of a project the rule must report
     * @param quiet compose.yaml of a project the rule must accept
     */
    protected RuleContract(Rule rule, String fires, String quiet) {
        this.rule = rule;
        this.fires = fires;
        this.quiet = quiet;
    }

    /** Other files of the reported project: name, content, name, content, ... */
    protected final void firesFiles(String... files) {
        this.firesFiles = files.clone();
    }

    /** Other files of the accepted project: name, content, name, content, ... */
    protected final void quietFiles(String... files) {
        this.quietFiles = files.clone();
    }

    protected final Rule rule() {
        return rule;
    }

    protected final String fires() {
        return fires;
    }

    protected final String[] firesFiles() {
        return firesFiles.clone();
    }

    @Test
    void firesWithALocationInTheRightFile() {
        List<Finding> found = RuleHarness.run(rule, fires, firesFiles);
        assertFalse(found.isEmpty(), "expected a finding");
        Finding f = found.get(0);
        assertEquals(rule.id(), f.ruleId());
        assertTrue(f.location().line() > 0, "a line: " + f);
        assertTrue(f.location().file().equals("compose.yaml") || f.location().file().equals("Dockerfile"), f.toString());
    }

    @Test
    void quietWhenTheProjectIsFine() {
        assertEquals(List.of(), RuleHarness.run(rule, quiet, quietFiles));
    }

    @Test
    void describedWithALink() {
        assertTrue(rule.why().contains("https://"), rule.why());
        assertFalse(rule.title().isBlank());
    }
}
