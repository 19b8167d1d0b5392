package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class RootUserRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    user: root\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    user: \"1000:1000\"\n";

    RootUserRuleTest() {
        super(new RootUserRule(), FIRES, QUIET);
    }
}
