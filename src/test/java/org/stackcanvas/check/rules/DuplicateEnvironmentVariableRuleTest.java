package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class DuplicateEnvironmentVariableRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    environment:\n      - A=1\n      - A=2\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    environment:\n      - A=1\n      - B=2\n";

    DuplicateEnvironmentVariableRuleTest() {
        super(new DuplicateEnvironmentVariableRule(), FIRES, QUIET);
    }
}
