package org.stackcanvas.check.rules;

import org.stackcanvas.check.RuleContract;

class HostPortConflictRuleTest extends RuleContract {

    private static final String FIRES = "services:\n  a:\n    image: x:1\n    ports: [\"8000-8005:8000-8005\"]\n  b:\n    image: x:1\n    ports: [\"127.0.0.1:8003:80\"]\n";

    private static final String QUIET = "services:\n  a:\n    image: x:1\n    ports: [\"8000:80\", \"53:53/udp\"]\n  b:\n    image: x:1\n    ports: [\"8001:80\", \"53:53/tcp\"]\n  c:\n    image: x:1\n    ports: [\"127.0.0.1:9000:80\"]\n  d:\n    image: x:1\n    ports: [\"127.0.0.2:9000:80\"]\n";

    HostPortConflictRuleTest() {
        super(new HostPortConflictRule(), FIRES, QUIET);
    }
}
