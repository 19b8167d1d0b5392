package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class DockerfileSingleStageRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    build: .\n";

    private static final String QUIET = "services:\n  web:\n    build: .\n";

    DockerfileSingleStageRuleTest() {
        super(new DockerfileSingleStageRule(), FIRES, QUIET);
        firesFiles("Dockerfile", "FROM golang:1.23\nRUN go build -o /app .\nCMD [\"/app\"]\n");
        quietFiles("Dockerfile", "FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static\nCOPY --from=build /app /app\n");
    }
}
