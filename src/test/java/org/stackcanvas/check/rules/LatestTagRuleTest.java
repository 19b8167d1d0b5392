package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class LatestTagRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:latest\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n";

    LatestTagRuleTest() {
        super(new LatestTagRule(), FIRES, QUIET);
    }
}
