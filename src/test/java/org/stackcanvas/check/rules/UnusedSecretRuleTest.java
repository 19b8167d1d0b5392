package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class UnusedSecretRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\nsecrets:\n  spare:\n    file: s.txt\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    secrets: [spare]\nsecrets:\n  spare:\n    file: s.txt\n";

    UnusedSecretRuleTest() {
        super(new UnusedSecretRule(), FIRES, QUIET);
        firesFiles("s.txt", "x");
        quietFiles("s.txt", "x");
    }
}
