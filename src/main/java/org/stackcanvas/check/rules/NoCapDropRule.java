package org.stackcanvas.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stackcanvas.check.*;
import org.stackcanvas.check.fix.DocumentEdit;
import org.stackcanvas.check.fix.ServiceEdit;
import org.stackcanvas.document.*;
import org.stackcanvas.model.*;

/** Containers keep Docker's default capability set unless told otherwise. */
public final class NoCapDropRule extends ServiceRule {
    public NoCapDropRule() {
        super("no-cap-drop", Severity.INFO, Category.SECURITY, "Capabilities not dropped",
                "By default a container keeps about fourteen Linux capabilities (CHOWN, NET_RAW, SETUID, ...) most "
                + "services never use. Dropping them all with cap_drop: [ALL] and adding back the few needed "
                + "limits what an attacker can do. "
                + "See https://cheatsheetseries.owasp.org/cheatsheets/Docker_Security_Cheat_Sheet.html#rule-3-limit-capabilities-grant-only-specific-capabilities-needed-by-a-container");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        if (s.service().capDrop().isEmpty() && !s.service().privileged().orElse(false)) {
            out.add(finding("service " + s.name() + " keeps Docker's default capabilities; drop what it does not need",
                    s.service().location(), s.path(), new QuickFix("Drop all capabilities (cap_drop: [ALL])",
                            ServiceEdit.set(s.documentName(), s.name(), List.of(), "cap_drop", List.of("ALL"),
                                    "Drop all capabilities of " + s.name()))));
        }
    }
}
