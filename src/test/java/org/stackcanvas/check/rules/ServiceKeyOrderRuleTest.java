package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class ServiceKeyOrderRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    ports: [\"80:80\"]\n    image: nginx:1.27\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\"]\n";

    ServiceKeyOrderRuleTest() {
        super(new ServiceKeyOrderRule(), FIRES, QUIET);
    }
}
