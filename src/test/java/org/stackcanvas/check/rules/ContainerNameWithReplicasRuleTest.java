package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class ContainerNameWithReplicasRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    container_name: web\n    deploy:\n      replicas: 3\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    container_name: web\n";

    ContainerNameWithReplicasRuleTest() {
        super(new ContainerNameWithReplicasRule(), FIRES, QUIET);
    }
}
