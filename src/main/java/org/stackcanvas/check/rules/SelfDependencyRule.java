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

public final class SelfDependencyRule extends ServiceRule {
    public SelfDependencyRule() {
        super("self-dependency", Severity.ERROR, Category.REFERENCE, "Service depends on itself",
                "A service listed in its own depends_on can never start: Compose reports a dependency cycle. "
                + "See https://docs.docker.com/reference/compose-file/services/#depends_on");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        for (Dependency d : s.service().dependsOn()) {
            if (d.service().equals(s.name())) {
                out.add(finding("service " + s.name() + " depends on itself", d.location(),
                        s.path("depends_on", d.service()), DependencyFixes.remove(s, d.service())));
            }
        }
    }
}
