package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class NoCpuLimitRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    deploy:\n      resources:\n        limits:\n          cpus: '0.5'\n";

    NoCpuLimitRuleTest() {
        super(new NoCpuLimitRule(), FIRES, QUIET);
    }
}
