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

public final class NoCpuLimitRule extends ServiceRule {
    public NoCpuLimitRule() {
        super("no-cpu-limit", Severity.INFO, Category.RELIABILITY, "No CPU limit",
                "Without a CPU limit one busy service can starve the others on the host. Set cpus or "
                + "deploy.resources.limits.cpus. See https://docs.docker.com/engine/containers/resource_constraints/#cpu");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        boolean deploy = s.service().deploy().flatMap(Deploy::resources).flatMap(Deploy.Resources::limits)
                .flatMap(Deploy.ResourceSpec::cpus).isPresent();
        if (s.service().cpus().isEmpty() && s.service().cpuQuota().isEmpty() && !deploy) {
            out.add(finding("service " + s.name() + " has no CPU limit", s.service().location(), s.path(),
                    new QuickFix("Set cpus: 1.0 (adjust to the service)", ServiceEdit.set(s.documentName(), s.name(),
                            List.of(), "cpus", 1.0, "Limit CPUs of " + s.name()))));
        }
    }
}
