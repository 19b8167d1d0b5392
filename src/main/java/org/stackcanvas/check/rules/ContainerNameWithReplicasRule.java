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

public final class ContainerNameWithReplicasRule extends ServiceRule {
    public ContainerNameWithReplicasRule() {
        super("container-name-with-replicas", Severity.ERROR, Category.CONFLICT,
                "container_name with more than one replica",
                "Container names are unique per host, so a service with container_name cannot be scaled beyond "
                + "one container; Compose refuses to start it. Remove container_name or the replicas. "
                + "See https://docs.docker.com/reference/compose-file/services/#container_name");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        long replicas = Math.max(s.service().scale().orElse(1L),
                s.service().deploy().flatMap(Deploy::replicas).orElse(1L));
        if (s.service().containerName().isPresent() && replicas > 1) {
            out.add(finding("service " + s.name() + " sets container_name but asks for " + replicas + " replicas",
                    s.at("container_name"), s.path("container_name"), new QuickFix("Remove container_name",
                            ServiceEdit.remove(s.documentName(), s.name(), List.of(), "container_name",
                                    "Remove container_name of " + s.name()))));
        }
    }
}
