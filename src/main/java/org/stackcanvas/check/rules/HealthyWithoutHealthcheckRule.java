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

public final class HealthyWithoutHealthcheckRule extends AbstractRule {
    public HealthyWithoutHealthcheckRule() {
        super("healthy-without-healthcheck", Severity.ERROR, Category.REFERENCE,
                "service_healthy on a service without a healthcheck",
                "condition: service_healthy waits for the dependency's healthcheck; when the dependency has none "
                + "(in the file or in its image) Compose fails with \"container has no healthcheck configured\". "
                + "See https://docs.docker.com/compose/how-tos/startup-order/");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (ServiceScope s : ctx.services()) {
            for (Dependency d : s.service().dependsOn()) {
                Optional<Service> target = ctx.model().service(d.service());
                if (d.condition().equals(Dependency.SERVICE_HEALTHY) && target.isPresent()
                        && target.get().healthcheck().map(h -> h.isDisabled()).orElse(true)
                        && !dockerfileHasHealthcheck(ctx, d.service())) {
                    out.add(finding("service " + s.name() + " waits for " + d.service() + " to be healthy, but "
                            + d.service() + " has no healthcheck", d.location(), s.path("depends_on", d.service()),
                            new QuickFix("Wait for service_started instead", new org.stackcanvas.edit
                                    .SetDependencyCommand(s.documentName(), s.name(), d.service(),
                                            Dependency.SERVICE_STARTED))));
                }
            }
        }
        return out;
    }

    private static boolean dockerfileHasHealthcheck(CheckContext ctx, String service) {
        return ctx.dockerfiles().stream().filter(d -> d.service().equals(service))
                .anyMatch(d -> d.dockerfile().finalStage().stream().anyMatch(i -> i.is("HEALTHCHECK")
                        && !i.arguments().trim().equalsIgnoreCase("NONE")));
    }
}
