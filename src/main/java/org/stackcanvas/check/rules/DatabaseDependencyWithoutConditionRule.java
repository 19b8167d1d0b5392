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

public final class DatabaseDependencyWithoutConditionRule extends AbstractRule {
    public DatabaseDependencyWithoutConditionRule() {
        super("database-dependency-without-condition", Severity.WARNING, Category.RELIABILITY,
                "depends_on a database without waiting for it",
                "Plain depends_on only waits until the database container has started, not until it accepts "
                + "connections, so the dependent service often fails on its first connection. Give the database a "
                + "healthcheck and use condition: service_healthy. "
                + "See https://docs.docker.com/compose/how-tos/startup-order/");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (ServiceScope s : ctx.services()) {
            for (Dependency d : s.service().dependsOn()) {
                Optional<Service> target = ctx.model().service(d.service());
                if (target.isEmpty() || !d.condition().equals(Dependency.SERVICE_STARTED)
                        || !target.get().image().map(Sensitive::isDatabaseImage).orElse(false)) {
                    continue;
                }
                boolean healthcheck = target.get().healthcheck().map(h -> !h.isDisabled()).orElse(false);
                QuickFix fix = healthcheck ? new QuickFix("Wait until " + d.service() + " is healthy",
                        new org.stackcanvas.edit.SetDependencyCommand(s.documentName(), s.name(), d.service(),
                                Dependency.SERVICE_HEALTHY)) : null;
                out.add(finding("service " + s.name() + " starts as soon as database " + d.service()
                        + " has started, before it accepts connections", d.location(),
                        s.path("depends_on", d.service()), fix));
            }
        }
        return out;
    }
}
