package org.stackcanvas.check.rules;

import org.stackcanvas.check.FixableRuleContract;

class UndefinedVolumeRuleTest extends FixableRuleContract {

    private static final String FIRES = "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - data:/data\n";

    private static final String QUIET = "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - data:/data\n      - ./src:/src\nvolumes:\n  data: {}\n";

    UndefinedVolumeRuleTest() {
        super(new UndefinedVolumeRule(), FIRES, QUIET);
    }
}
