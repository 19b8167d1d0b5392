package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class NoMemoryLimitRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    mem_limit: 1g\n";

    NoMemoryLimitRuleTest() {
        super(new NoMemoryLimitRule(), FIRES, QUIET);
    }
}
