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

/** {@code privileged: true} gives the container every capability and all host devices. */
public final class PrivilegedRule extends ServiceRule {
    public PrivilegedRule() {
        super("no-privileged", Severity.WARNING, Category.SECURITY, "Service runs privileged",
                "A privileged container gets all Linux capabilities and access to every host device, so a "
                + "compromise of the container is a compromise of the host. Grant the few capabilities the "
                + "service needs with cap_add instead. See https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        if (s.service().privileged().orElse(false)) {
            out.add(finding("service " + s.name() + " runs privileged: it can do anything the host can",
                    s.at("privileged"), s.path("privileged"), new QuickFix("Remove privileged: true",
                            ServiceEdit.remove(s.documentName(), s.name(), List.of(), "privileged",
                                    "Remove privileged of " + s.name()))));
        }
    }
}
