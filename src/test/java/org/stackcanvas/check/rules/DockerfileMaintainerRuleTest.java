package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class DockerfileMaintainerRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    build: .\n";

    private static final String QUIET = "services:\n  web:\n    build: .\n";

    DockerfileMaintainerRuleTest() {
        super(new DockerfileMaintainerRule(), FIRES, QUIET);
        firesFiles("Dockerfile", "FROM alpine:3\nMAINTAINER me@example.com\n");
        quietFiles("Dockerfile", "FROM alpine:3\nLABEL org.opencontainers.image.authors=me\n");
    }
}
