package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class NoLogRotationRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: json-file\n      options:\n        max-size: 5m\n";

    NoLogRotationRuleTest() {
        super(new NoLogRotationRule(), FIRES, QUIET);
    }
}
