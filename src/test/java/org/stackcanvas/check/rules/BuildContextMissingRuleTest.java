package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class BuildContextMissingRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    build: ./app\n";

    private static final String QUIET = "services:\n  web:\n    build: ./app\n";

    BuildContextMissingRuleTest() {
        super(new BuildContextMissingRule(), FIRES, QUIET);
        quietFiles("app/Dockerfile", "FROM scratch\n");
    }
}
