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

public final class LoggingDisabledRule extends ServiceRule {
    public LoggingDisabledRule() {
        super("logging-disabled", Severity.WARNING, Category.RELIABILITY, "Logging turned off",
                "With the none logging driver docker logs shows nothing, so a crash leaves no trace. Keep a "
                + "driver with rotation instead. See https://docs.docker.com/engine/logging/configure/");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        s.service().logging().filter(l -> l.driver().map("none"::equals).orElse(false)).ifPresent(l ->
                out.add(finding("service " + s.name() + " turns logging off (driver: none)", l.location(),
                        s.path("logging", "driver"), new QuickFix("Remove driver: none (use the default driver)",
                                ServiceEdit.remove(s.documentName(), s.name(), List.of("logging"), "driver",
                                        "Turn logging of " + s.name() + " back on")))));
    }
}
