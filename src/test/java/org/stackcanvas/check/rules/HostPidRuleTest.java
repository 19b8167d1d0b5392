package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class HostPidRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    pid: host\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    pid: service:db\n  db:\n    image: nginx:1.27\n";

    HostPidRuleTest() {
        super(new HostPidRule(), FIRES, QUIET);
    }
}
