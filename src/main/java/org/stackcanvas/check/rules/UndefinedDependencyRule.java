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

public final class UndefinedDependencyRule extends AbstractRule {
    public UndefinedDependencyRule() {
        super("undefined-dependency", Severity.ERROR, Category.REFERENCE, "depends_on names an unknown service",
                "depends_on must name services of this project; Compose stops with \"depends on undefined "
                + "service\". See https://docs.docker.com/reference/compose-file/services/#depends_on");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (ServiceScope s : ctx.services()) {
            for (Dependency d : s.service().dependsOn()) {
                if (!ctx.model().services().containsKey(d.service()) && !ctx.inactiveServices().has(d.service())) {
                    out.add(finding("service " + s.name() + " depends on " + d.service() + ", which is not defined",
                            d.location(), s.path("depends_on", d.service()), DependencyFixes.remove(s, d.service())));
                }
            }
        }
        return out;
    }
}
