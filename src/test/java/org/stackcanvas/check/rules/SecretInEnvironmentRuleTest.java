package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class SecretInEnvironmentRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    environment:\n      DB_PASSWORD: hunter2\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    environment:\n      DB_PASSWORD: ${DB_PASSWORD:-}\n      DB_PASSWORD_FILE: /run/secrets/db\n      DB_HOST: db\n";

    SecretInEnvironmentRuleTest() {
        super(new SecretInEnvironmentRule(), FIRES, QUIET);
    }
}
