package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class NoHealthcheckRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n";

    NoHealthcheckRuleTest() {
        super(new NoHealthcheckRule(), FIRES, QUIET);
    }
}
