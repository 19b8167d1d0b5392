package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class SelfDependencyRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - web\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - db\n  db:\n    image: nginx:1.27\n";

    SelfDependencyRuleTest() {
        super(new SelfDependencyRule(), FIRES, QUIET);
    }
}
