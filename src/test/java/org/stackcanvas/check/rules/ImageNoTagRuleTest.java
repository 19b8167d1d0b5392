package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class ImageNoTagRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000\n";

    ImageNoTagRuleTest() {
        super(new ImageNoTagRule(), FIRES, QUIET);
    }
}
