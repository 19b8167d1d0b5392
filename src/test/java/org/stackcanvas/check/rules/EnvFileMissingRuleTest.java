package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class EnvFileMissingRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    env_file: web.env\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    env_file:\n      - web.env\n      - path: optional.env\n        required: false\n";

    EnvFileMissingRuleTest() {
        super(new EnvFileMissingRule(), FIRES, QUIET);
        quietFiles("web.env", "A=1\n");
    }
}
