package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class ConfigFileMissingRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    configs: [conf]\nconfigs:\n  conf:\n    file: conf.txt\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    configs: [conf]\nconfigs:\n  conf:\n    file: conf.txt\n";

    ConfigFileMissingRuleTest() {
        super(new ConfigFileMissingRule(), FIRES, QUIET);
        quietFiles("conf.txt", "x");
    }
}
