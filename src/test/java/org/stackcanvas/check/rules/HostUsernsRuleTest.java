package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class HostUsernsRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    userns_mode: host\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n";

    HostUsernsRuleTest() {
        super(new HostUsernsRule(), FIRES, QUIET);
    }
}
