package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class ReadOnlyRootFsRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    read_only: true\n";

    ReadOnlyRootFsRuleTest() {
        super(new ReadOnlyRootFsRule(), FIRES, QUIET);
    }
}
