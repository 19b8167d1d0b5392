package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class DependencyCycleRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  a:\n    image: x:1\n    depends_on: [b]\n  b:\n    image: x:1\n    depends_on: [c]\n  c:\n    image: x:1\n    depends_on: [a]\n";

    private static final String QUIET = "services:\n  a:\n    image: x:1\n    depends_on: [b]\n  b:\n    image: x:1\n    depends_on: [c]\n  c:\n    image: x:1\n";

    DependencyCycleRuleTest() {
        super(new DependencyCycleRule(), FIRES, QUIET);
    }
}
