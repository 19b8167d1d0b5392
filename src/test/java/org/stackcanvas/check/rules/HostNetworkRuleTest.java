package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class HostNetworkRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    network_mode: bridge\n";

    HostNetworkRuleTest() {
        super(new HostNetworkRule(), FIRES, QUIET);
    }
}
