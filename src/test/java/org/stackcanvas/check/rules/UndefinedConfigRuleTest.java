package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class UndefinedConfigRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    configs:\n      - conf\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    configs:\n      - conf\nconfigs:\n  conf:\n    file: conf.txt\n";

    UndefinedConfigRuleTest() {
        super(new UndefinedConfigRule(), FIRES, QUIET);
        quietFiles("conf.txt", "x");
    }
}
