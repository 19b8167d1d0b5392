package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class ServicesSortedRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: x:1\n  api:\n    image: x:1\n";

    private static final String QUIET = "services:\n  api:\n    image: x:1\n  web:\n    image: x:1\n";

    ServicesSortedRuleTest() {
        super(new ServicesSortedRule(), FIRES, QUIET);
    }
}
