package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class SecretFileMissingRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    secrets: [token]\nsecrets:\n  token:\n    file: token.txt\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    secrets: [token]\nsecrets:\n  token:\n    file: token.txt\n";

    SecretFileMissingRuleTest() {
        super(new SecretFileMissingRule(), FIRES, QUIET);
        quietFiles("token.txt", "x");
    }
}
