package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class HostDeviceRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    devices:\n      - /dev/ttyUSB0:/dev/ttyUSB0\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n";

    HostDeviceRuleTest() {
        super(new HostDeviceRule(), FIRES, QUIET);
    }
}
