package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class PrivilegedRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    privileged: false\n";

    PrivilegedRuleTest() {
        super(new PrivilegedRule(), FIRES, QUIET);
    }
}
