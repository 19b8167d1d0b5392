package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class UndefinedLinkRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    links:\n      - db\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    links:\n      - db:database\n  db:\n    image: nginx:1.27\n";

    UndefinedLinkRuleTest() {
        super(new UndefinedLinkRule(), FIRES, QUIET);
    }
}
