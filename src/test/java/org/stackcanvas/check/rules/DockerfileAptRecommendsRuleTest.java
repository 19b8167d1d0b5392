package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class DockerfileAptRecommendsRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    build: .\n";

    private static final String QUIET = "services:\n  web:\n    build: .\n";

    DockerfileAptRecommendsRuleTest() {
        super(new DockerfileAptRecommendsRule(), FIRES, QUIET);
        firesFiles("Dockerfile", "FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl\n");
        quietFiles("Dockerfile", "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n");
    }
}
