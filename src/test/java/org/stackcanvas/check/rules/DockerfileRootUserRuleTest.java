package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class DockerfileRootUserRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    build: .\n";

    private static final String QUIET = "services:\n  web:\n    build: .\n";

    DockerfileRootUserRuleTest() {
        super(new DockerfileRootUserRule(), FIRES, QUIET);
        firesFiles("Dockerfile", "FROM alpine:3\nUSER app\nUSER root\n");
        quietFiles("Dockerfile", "FROM alpine:3\nUSER root\nRUN true\nUSER app\n");
    }
}
