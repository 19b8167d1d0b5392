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

public final class NoPidsLimitRule extends ServiceRule {
    public NoPidsLimitRule() {
        super("no-pids-limit", Severity.INFO, Category.RELIABILITY, "No process limit",
                "A fork bomb or a thread leak in one container can exhaust the host's process table. pids_limit "
                + "caps the number of processes. "
                + "See https://docs.docker.com/reference/compose-file/services/#pids_limit");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        boolean deploy = s.service().deploy().flatMap(Deploy::resources).flatMap(Deploy.Resources::limits)
                .flatMap(Deploy.ResourceSpec::pids).isPresent();
        if (s.service().pidsLimit().isEmpty() && !deploy) {
            out.add(finding("service " + s.name() + " has no process limit", s.service().location(), s.path(),
                    new QuickFix("Set pids_limit: 200", ServiceEdit.set(s.documentName(), s.name(), List.of(),
                            "pids_limit", 200, "Limit processes of " + s.name()))));
        }
    }
}
