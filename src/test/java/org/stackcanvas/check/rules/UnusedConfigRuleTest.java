package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class UnusedConfigRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\nconfigs:\n  spare:\n    file: s.txt\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    configs: [spare]\nconfigs:\n  spare:\n    file: s.txt\n";

    UnusedConfigRuleTest() {
        super(new UnusedConfigRule(), FIRES, QUIET);
        firesFiles("s.txt", "x");
        quietFiles("s.txt", "x");
    }
}
