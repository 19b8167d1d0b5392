package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class DockerfileShellFormRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    build: .\n";

    private static final String QUIET = "services:\n  web:\n    build: .\n";

    DockerfileShellFormRuleTest() {
        super(new DockerfileShellFormRule(), FIRES, QUIET);
        firesFiles("Dockerfile", "FROM alpine:3\nCMD node \\\n  server.js\n");
        quietFiles("Dockerfile", "FROM alpine:3\nENTRYPOINT [\"node\"]\nCMD [\"server.js\"]\n");
    }
}
