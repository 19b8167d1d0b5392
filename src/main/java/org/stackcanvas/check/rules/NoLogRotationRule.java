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

public final class NoLogRotationRule extends ServiceRule {
    public NoLogRotationRule() {
        super("no-log-rotation", Severity.INFO, Category.RELIABILITY, "Logs are not rotated",
                "Docker's default json-file driver keeps every line forever unless max-size is set, and a chatty "
                + "service fills the disk. Set logging.options.max-size (and max-file), or use the local driver. "
                + "See https://docs.docker.com/engine/logging/drivers/json-file/");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        Optional<Logging> logging = s.service().logging();
        String driver = logging.flatMap(Logging::driver).orElse("json-file");
        boolean rotated = logging.map(l -> l.options().containsKey("max-size")).orElse(false);
        if (driver.equals("json-file") && !rotated) {
            out.add(finding("service " + s.name() + " logs to json-file without max-size; logs grow forever",
                    logging.map(Logging::location).orElse(s.service().location()), s.path("logging"),
                    new QuickFix("Set logging.options.max-size: 10m", ServiceEdit.set(s.documentName(), s.name(),
                            List.of("logging", "options"), "max-size", "10m", "Rotate logs of " + s.name()))));
        }
    }
}
