package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class DockerfileAptListsRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    build: .\n";

    private static final String QUIET = "services:\n  web:\n    build: .\n";

    DockerfileAptListsRuleTest() {
        super(new DockerfileAptListsRule(), FIRES, QUIET);
        firesFiles("Dockerfile", "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n");
        quietFiles("Dockerfile", "FROM debian:12\nRUN apt-get update \\\n  # tools\n  && apt-get install -y --no-install-recommends curl \\\n  && rm -rf /var/lib/apt/lists/*\n");
    }
}
