package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class UnsetVariableRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:${TAG}\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:${TAG:-1.27}\n";

    UnsetVariableRuleTest() {
        super(new UnsetVariableRule(), FIRES, QUIET);
    }
}
