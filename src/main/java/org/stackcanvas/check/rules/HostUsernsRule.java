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

/** {@code userns_mode: host} shares the host's user namespace with the container. */
public final class HostUsernsRule extends ServiceRule {
    public HostUsernsRule() {
        super("host-userns", Severity.WARNING, Category.SECURITY, "Service shares the host's user namespace",
                "With userns_mode: host the container turns off user-namespace remapping, so root in the container is root on the host; the isolation Docker gives by default is gone. "
                + "Leave userns_mode unset unless the service really needs it. See https://docs.docker.com/engine/security/userns-remap/");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        if (s.value().text("userns_mode").map(v -> v.equals("host")).orElse(false)) {
            out.add(finding("service " + s.name() + " shares the host's user namespace (userns_mode: host)", s.at("userns_mode"),
                    s.path("userns_mode"), new QuickFix("Remove userns_mode: host", ServiceEdit.remove(s.documentName(), s.name(),
                            List.of(), "userns_mode", "Remove userns_mode of " + s.name()))));
        }
    }
}
