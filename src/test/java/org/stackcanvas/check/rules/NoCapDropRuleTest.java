package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class NoCapDropRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n";

    NoCapDropRuleTest() {
        super(new NoCapDropRule(), FIRES, QUIET);
    }
}
