package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class DatabasePortPublishedRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  db:\n    image: postgres:16\n    ports:\n      - \"5432:5432\"\n";

    private static final String QUIET = "services:\n  db:\n    image: postgres:16\n    ports:\n      - \"127.0.0.1:5432:5432\"\n";

    DatabasePortPublishedRuleTest() {
        super(new DatabasePortPublishedRule(), FIRES, QUIET);
    }
}
