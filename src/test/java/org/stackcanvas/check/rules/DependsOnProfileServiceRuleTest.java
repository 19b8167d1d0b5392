package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class DependsOnProfileServiceRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    depends_on: [debug]\n  debug:\n    image: nginx:1.27\n    profiles: [dev]\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      debug:\n        condition: service_started\n        required: false\n  debug:\n    image: nginx:1.27\n    profiles: [dev]\n";

    DependsOnProfileServiceRuleTest() {
        super(new DependsOnProfileServiceRule(), FIRES, QUIET);
    }
}
