package org.stackcanvas.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule that looks at one service at a time and nothing else. The checker caches its findings per
 * service, so after an edit only the services that changed are checked again.
 */
public abstract class ServiceRule extends AbstractRule {

    protected ServiceRule(String id, Severity severity, Category category, String title, String why) {
        super(id, severity, category, title, why);
    }

    @Override
    public final List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        for (ServiceScope scope : context.services()) {
            checkService(scope, out);
        }
        return out;
    }

    public abstract void checkService(ServiceScope scope, List<Finding> out);
}
