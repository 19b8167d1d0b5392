package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class DockerfileUnpinnedBaseRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    build: .\n";

    private static final String QUIET = "services:\n  web:\n    build: .\n";

    DockerfileUnpinnedBaseRuleTest() {
        super(new DockerfileUnpinnedBaseRule(), FIRES, QUIET);
        firesFiles("Dockerfile", "FROM node\nCMD [\"node\"]\n");
        quietFiles("Dockerfile", "FROM node:22 AS build\nFROM build\nFROM scratch\n");
    }
}
