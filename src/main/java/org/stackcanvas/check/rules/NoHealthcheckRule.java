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

public final class NoHealthcheckRule extends ServiceRule {
    public NoHealthcheckRule() {
        super("no-healthcheck", Severity.INFO, Category.RELIABILITY, "No healthcheck",
                "Without a healthcheck Docker only knows the process is running, not that it answers; "
                + "depends_on: condition: service_healthy cannot be used and a hung service is never restarted "
                + "by orchestrators. The image may define one (HEALTHCHECK); otherwise add one. "
                + "See https://docs.docker.com/reference/compose-file/services/#healthcheck");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        if (s.service().healthcheck().isEmpty()) {
            out.add(finding("service " + s.name() + " has no healthcheck", s.service().location(), s.path()));
        }
    }
}
