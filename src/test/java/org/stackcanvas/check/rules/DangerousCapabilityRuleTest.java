package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class DangerousCapabilityRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    cap_add:\n      - NET_BIND_SERVICE\n      - SYS_ADMIN\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    cap_add:\n      - NET_BIND_SERVICE\n";

    DangerousCapabilityRuleTest() {
        super(new DangerousCapabilityRule(), FIRES, QUIET);
    }
}
