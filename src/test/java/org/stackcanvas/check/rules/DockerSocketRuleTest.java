package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class DockerSocketRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./docker.conf:/etc/docker.conf\n";

    DockerSocketRuleTest() {
        super(new DockerSocketRule(), FIRES, QUIET);
    }
}
