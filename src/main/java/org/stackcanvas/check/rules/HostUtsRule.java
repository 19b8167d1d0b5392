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

/** {@code uts: host} shares the host's UTS namespace with the container. */
public final class HostUtsRule extends ServiceRule {
    public HostUtsRule() {
        super("host-uts", Severity.WARNING, Category.SECURITY, "Service shares the host's UTS namespace",
                "With uts: host the container can change the host's hostname; the isolation Docker gives by default is gone. "
                + "Leave uts unset unless the service really needs it. See https://docs.docker.com/reference/compose-file/services/#uts");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        if (s.value().text("uts").map(v -> v.equals("host")).orElse(false)) {
            out.add(finding("service " + s.name() + " shares the host's UTS namespace (uts: host)", s.at("uts"),
                    s.path("uts"), new QuickFix("Remove uts: host", ServiceEdit.remove(s.documentName(), s.name(),
                            List.of(), "uts", "Remove uts of " + s.name()))));
        }
    }
}
