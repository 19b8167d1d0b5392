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

public final class DependsOnProfileServiceRule extends AbstractRule {
    public DependsOnProfileServiceRule() {
        super("depends-on-profile-service", Severity.ERROR, Category.REFERENCE,
                "depends_on a service that only runs in a profile",
                "When a service depends on one that is only enabled by a profile, docker compose up without that "
                + "profile fails (\"depends on undefined service\" or a disabled-service error). Give both the same "
                + "profile, or mark the dependency required: false. "
                + "See https://docs.docker.com/compose/how-tos/profiles/");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (ServiceScope s : ctx.services()) {
            for (Dependency d : s.service().dependsOn()) {
                if (d.required() && ctx.inactiveServices().has(d.service())) {
                    String profiles = ctx.inactiveServices().map(d.service()).flatMap(m -> m.list("profiles"))
                            .map(l -> l.items().stream().filter(YScalar.class::isInstance)
                                    .map(v -> ((YScalar) v).text()).toList().toString()).orElse("a profile");
                    out.add(finding("service " + s.name() + " depends on " + d.service() + ", which only runs with "
                            + "profile " + profiles, d.location(), s.path("depends_on", d.service())));
                }
            }
        }
        return out;
    }
}
