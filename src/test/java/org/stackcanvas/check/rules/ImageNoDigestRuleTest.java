package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class ImageNoDigestRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27@sha256:0000000000000000000000000000000000000000000000000000000000000000\n";

    ImageNoDigestRuleTest() {
        super(new ImageNoDigestRule(), FIRES, QUIET);
    }
}
