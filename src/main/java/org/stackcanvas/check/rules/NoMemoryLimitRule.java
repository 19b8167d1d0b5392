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

public final class NoMemoryLimitRule extends ServiceRule {
    public NoMemoryLimitRule() {
        super("no-memory-limit", Severity.INFO, Category.RELIABILITY, "No memory limit",
                "A service without a memory limit can use all the host's memory, and the kernel's OOM killer "
                + "then picks a victim that may be another service or the Docker daemon. Set mem_limit or "
                + "deploy.resources.limits.memory. See https://docs.docker.com/engine/containers/resource_constraints/#memory");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        boolean deploy = s.service().deploy().flatMap(Deploy::resources).flatMap(Deploy.Resources::limits)
                .flatMap(Deploy.ResourceSpec::memory).isPresent();
        if (s.service().memLimit().isEmpty() && !deploy) {
            out.add(finding("service " + s.name() + " has no memory limit", s.service().location(), s.path(),
                    new QuickFix("Set mem_limit: 512m (adjust to the service)", ServiceEdit.set(s.documentName(),
                            s.name(), List.of(), "mem_limit", "512m", "Limit memory of " + s.name()))));
        }
    }
}
