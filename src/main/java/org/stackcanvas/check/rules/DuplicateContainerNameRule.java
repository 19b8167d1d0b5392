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

public final class DuplicateContainerNameRule extends AbstractRule {
    public DuplicateContainerNameRule() {
        super("duplicate-container-name", Severity.ERROR, Category.CONFLICT, "Two services use one container_name",
                "Container names are unique per Docker host: the second container with the same name fails to "
                + "start (\"Conflict. The container name is already in use\"). "
                + "See https://docs.docker.com/reference/compose-file/services/#container_name");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        Map<String, String> first = new java.util.HashMap<>();
        for (ServiceScope s : ctx.services()) {
            Optional<String> name = s.service().containerName();
            if (name.isEmpty()) {
                continue;
            }
            String earlier = first.putIfAbsent(name.get(), s.name());
            if (earlier != null) {
                out.add(finding("services " + earlier + " and " + s.name() + " both use container_name " + name.get(),
                        s.at("container_name"), s.path("container_name"), new QuickFix("Remove container_name of "
                                + s.name(), ServiceEdit.remove(s.documentName(), s.name(), List.of(),
                                "container_name", "Remove container_name of " + s.name()))));
            }
        }
        return out;
    }
}
