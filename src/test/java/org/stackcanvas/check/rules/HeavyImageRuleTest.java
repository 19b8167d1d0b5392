package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class HeavyImageRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: python:3.12\n";

    private static final String QUIET = "services:\n  web:\n    image: python:3.12-slim\n";

    HeavyImageRuleTest() {
        super(new HeavyImageRule(), FIRES, QUIET);
    }
}
