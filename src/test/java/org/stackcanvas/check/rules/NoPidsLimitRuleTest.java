package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class NoPidsLimitRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    pids_limit: 50\n";

    NoPidsLimitRuleTest() {
        super(new NoPidsLimitRule(), FIRES, QUIET);
    }
}
