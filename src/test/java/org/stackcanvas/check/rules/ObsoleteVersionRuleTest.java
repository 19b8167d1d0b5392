package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class ObsoleteVersionRuleTest extends FixableRuleContract {

    private static final String FIRES = "version: '3.8'\nservices:\n  web:\n    image: nginx:1.27\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n";

    ObsoleteVersionRuleTest() {
        super(new ObsoleteVersionRule(), FIRES, QUIET);
    }
}
