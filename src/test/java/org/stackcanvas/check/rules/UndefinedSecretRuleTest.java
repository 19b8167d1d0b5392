package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class UndefinedSecretRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    secrets:\n      - token\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    secrets:\n      - token\nsecrets:\n  token:\n    file: token.txt\n";

    UndefinedSecretRuleTest() {
        super(new UndefinedSecretRule(), FIRES, QUIET);
        quietFiles("token.txt", "x");
    }
}
