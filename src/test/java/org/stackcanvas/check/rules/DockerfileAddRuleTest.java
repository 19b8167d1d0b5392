package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class DockerfileAddRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    build: .\n";

    private static final String QUIET = "services:\n  web:\n    build: .\n";

    DockerfileAddRuleTest() {
        super(new DockerfileAddRule(), FIRES, QUIET);
        firesFiles("Dockerfile", "FROM alpine:3\nADD app.py /app/\n");
        quietFiles("Dockerfile", "FROM alpine:3\nADD https://example.com/x.tgz /x\nADD rootfs.tar.gz /\nCOPY app.py /app/\n");
    }
}
