package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class HostUtsRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    uts: host\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n";

    HostUtsRuleTest() {
        super(new HostUtsRule(), FIRES, QUIET);
    }
}
