package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class VariableOnlyInEnvFileRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:${TAG}\n    env_file: web.env\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:${TAG}\n    env_file: web.env\n";

    VariableOnlyInEnvFileRuleTest() {
        super(new VariableOnlyInEnvFileRule(), FIRES, QUIET);
        firesFiles("web.env", "TAG=1.27\n");
        quietFiles("web.env", "OTHER=1\n", ".env", "TAG=1.27\n");
    }
}
