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

/** An explicit root user. */
public final class RootUserRule extends ServiceRule {
    public RootUserRule() {
        super("root-user", Severity.WARNING, Category.SECURITY, "Service runs as root",
                "A process running as root in a container is root on the host if it escapes, and can change "
                + "anything in the container. Run as an unprivileged user (user: \"1000:1000\"). "
                + "See https://docs.docker.com/build/building/best-practices/#user");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        s.service().user().filter(u -> u.equals("root") || u.equals("0") || u.startsWith("root:")
                || u.startsWith("0:")).ifPresent(u -> out.add(finding("service " + s.name() + " runs as root (user: "
                + u + ")", s.at("user"), s.path("user"))));
    }
}
