package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class NoUserRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    user: \"1000\"\n";

    NoUserRuleTest() {
        super(new NoUserRule(), FIRES, QUIET);
    }
}
