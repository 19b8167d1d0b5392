package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class UnusedVolumeRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\nvolumes:\n  spare: {}\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    volumes: [\"data:/data\"]\nvolumes:\n  data: {}\n";

    UnusedVolumeRuleTest() {
        super(new UnusedVolumeRule(), FIRES, QUIET);
    }
}
