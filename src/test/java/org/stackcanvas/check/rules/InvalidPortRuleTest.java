package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class InvalidPortRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"80:99999\"\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n      - \"127.0.0.1:9000-9001:9000-9001/udp\"\n";

    InvalidPortRuleTest() {
        super(new InvalidPortRule(), FIRES, QUIET);
    }
}
