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

public final class NoRestartPolicyRule extends ServiceRule {
    public NoRestartPolicyRule() {
        super("no-restart-policy", Severity.INFO, Category.RELIABILITY, "No restart policy",
                "The default restart policy is \"no\": after a crash or a host reboot the service stays down. "
                + "Long-running services usually want unless-stopped or on-failure. "
                + "See https://docs.docker.com/engine/containers/start-containers-automatically/");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        boolean deployPolicy = s.service().deploy().flatMap(Deploy::restartPolicy).isPresent();
        if (s.service().restart().isEmpty() && !deployPolicy) {
            out.add(finding("service " + s.name() + " has no restart policy; it stays down after a crash",
                    s.service().location(), s.path(), new QuickFix("Set restart: unless-stopped",
                            ServiceEdit.set(s.documentName(), s.name(), List.of(), "restart", "unless-stopped",
                                    "Set restart of " + s.name()))));
        }
    }
}
