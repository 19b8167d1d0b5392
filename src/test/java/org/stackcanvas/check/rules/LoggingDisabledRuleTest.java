package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class LoggingDisabledRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: none\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: local\n";

    LoggingDisabledRuleTest() {
        super(new LoggingDisabledRule(), FIRES, QUIET);
    }
}
