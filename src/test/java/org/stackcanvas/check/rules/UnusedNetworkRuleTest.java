package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class UnusedNetworkRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\nnetworks:\n  spare: {}\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    networks: [front]\nnetworks:\n  front: {}\n";

    UnusedNetworkRuleTest() {
        super(new UnusedNetworkRule(), FIRES, QUIET);
    }
}
