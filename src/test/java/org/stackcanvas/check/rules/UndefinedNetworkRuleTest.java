package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class UndefinedNetworkRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    networks:\n      - back\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    networks:\n      - back\nnetworks:\n  back: {}\n";

    UndefinedNetworkRuleTest() {
        super(new UndefinedNetworkRule(), FIRES, QUIET);
    }
}
