package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class InvalidByteSizeRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    mem_limit: 1 gig\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    mem_limit: 512m\n    shm_size: 1g\n";

    InvalidByteSizeRuleTest() {
        super(new InvalidByteSizeRule(), FIRES, QUIET);
    }
}
