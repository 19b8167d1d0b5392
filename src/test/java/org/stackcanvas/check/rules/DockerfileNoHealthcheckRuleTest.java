package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class DockerfileNoHealthcheckRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    build: .\n";

    private static final String QUIET = "services:\n  web:\n    build: .\n";

    DockerfileNoHealthcheckRuleTest() {
        super(new DockerfileNoHealthcheckRule(), FIRES, QUIET);
        firesFiles("Dockerfile", "FROM alpine:3\nCMD [\"true\"]\n");
        quietFiles("Dockerfile", "FROM alpine:3\nHEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1\n");
    }
}
