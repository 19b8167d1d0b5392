package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class SensitiveHostPathRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - /etc:/host-etc\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - /etc/localtime:/etc/localtime:ro\n";

    SensitiveHostPathRuleTest() {
        super(new SensitiveHostPathRule(), FIRES, QUIET);
    }
}
