package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class HostIpcRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    ipc: host\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    ipc: shareable\n";

    HostIpcRuleTest() {
        super(new HostIpcRule(), FIRES, QUIET);
    }
}
