package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class DockerfileSecretRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    build: .\n";

    private static final String QUIET = "services:\n  web:\n    build: .\n";

    DockerfileSecretRuleTest() {
        super(new DockerfileSecretRule(), FIRES, QUIET);
        firesFiles("Dockerfile", "FROM alpine:3\nARG NPM_TOKEN\nENV API_KEY=abc\n");
        quietFiles("Dockerfile", "FROM alpine:3\nENV PASSWORD_FILE=/run/secrets/p\nARG VERSION\n");
    }
}
