package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class DuplicateContainerNameRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  a:\n    image: x:1\n    container_name: one\n  b:\n    image: x:1\n    container_name: one\n";

    private static final String QUIET = "services:\n  a:\n    image: x:1\n    container_name: one\n  b:\n    image: x:1\n    container_name: two\n";

    DuplicateContainerNameRuleTest() {
        super(new DuplicateContainerNameRule(), FIRES, QUIET);
    }
}
