package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class NoImageOrBuildRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    restart: always\n";

    private static final String QUIET = "services:\n  web:\n    build: .\n";

    NoImageOrBuildRuleTest() {
        super(new NoImageOrBuildRule(), FIRES, QUIET);
        quietFiles("Dockerfile", "FROM scratch\n");
    }
}
