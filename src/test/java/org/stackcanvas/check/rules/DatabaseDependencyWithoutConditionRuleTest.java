package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class DatabaseDependencyWithoutConditionRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n  db:\n    image: postgres:16\n    healthcheck:\n      test: [\"CMD\", \"pg_isready\"]\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    healthcheck:\n      test: [\"CMD\", \"pg_isready\"]\n";

    DatabaseDependencyWithoutConditionRuleTest() {
        super(new DatabaseDependencyWithoutConditionRule(), FIRES, QUIET);
    }
}
