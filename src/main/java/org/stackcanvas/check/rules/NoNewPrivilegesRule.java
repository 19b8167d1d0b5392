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

/** {@code no-new-privileges} stops setuid binaries from raising privileges inside the container. */
public final class NoNewPrivilegesRule extends ServiceRule {
    public NoNewPrivilegesRule() {
        super("no-new-privileges", Severity.INFO, Category.SECURITY, "no-new-privileges not set",
                "Without security_opt no-new-privileges:true a process can gain privileges through setuid or "
                + "setgid binaries in the image. Setting it costs nothing for almost every service. "
                + "See https://docs.docker.com/reference/cli/docker/container/run/#security-opt");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        boolean set = s.service().securityOpt().stream().map(o -> o.replace('=', ':').replace(" ", ""))
                .anyMatch(o -> o.equals("no-new-privileges") || o.equals("no-new-privileges:true"));
        if (!set && !s.service().privileged().orElse(false)) {
            out.add(finding("service " + s.name() + " can gain new privileges through setuid binaries",
                    s.service().location(), s.path(), new QuickFix("Add security_opt no-new-privileges:true",
                            ServiceEdit.append(s.documentName(), s.name(), List.of("security_opt"),
                                    "no-new-privileges:true", "Set no-new-privileges on " + s.name()))));
        }
    }
}
