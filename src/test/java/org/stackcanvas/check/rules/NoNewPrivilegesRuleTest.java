package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class NoNewPrivilegesRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    security_opt:\n      - no-new-privileges:true\n";

    NoNewPrivilegesRuleTest() {
        super(new NoNewPrivilegesRule(), FIRES, QUIET);
    }
}
