package org.stackcanvas.check;

import org.junit.jupiter.api.Test;

/** {@link RuleContract} for a rule with a quick fix: the fix removes the finding, undo restores the text. */
public abstract class FixableRuleContract extends RuleContract {

    protected FixableRuleContract(Rule rule, String fires, String quiet) {
        super(rule, fires, quiet);
    }

    @Test
    void quickFixRemovesTheFindingAndUndoRestoresTheText() {
        RuleHarness.assertFixWorks(rule(), fires(), firesFiles());
    }
}
