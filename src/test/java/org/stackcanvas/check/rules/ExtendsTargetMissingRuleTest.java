package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class ExtendsTargetMissingRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    extends: base\n    image: x:1\n";

    private static final String QUIET = "services:\n  base:\n    image: x:1\n  web:\n    extends: base\n";

    ExtendsTargetMissingRuleTest() {
        super(new ExtendsTargetMissingRule(), FIRES, QUIET);
    }
}
