package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class InvalidDurationRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n      interval: 10 seconds\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n      interval: 1m30s\n    stop_grace_period: 5s\n";

    InvalidDurationRuleTest() {
        super(new InvalidDurationRule(), FIRES, QUIET);
    }
}
