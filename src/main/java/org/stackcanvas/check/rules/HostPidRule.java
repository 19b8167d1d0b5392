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

/** {@code pid: host} shares the host's PID namespace with the container. */
public final class HostPidRule extends ServiceRule {
    public HostPidRule() {
        super("host-pid", Severity.WARNING, Category.SECURITY, "Service shares the host's PID namespace",
                "With pid: host the container sees and can signal every process on the host; the isolation Docker gives by default is gone. "
                + "Leave pid unset unless the service really needs it. See https://docs.docker.com/reference/compose-file/services/#pid");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        if (s.value().text("pid").map(v -> v.equals("host")).orElse(false)) {
            out.add(finding("service " + s.name() + " shares the host's PID namespace (pid: host)", s.at("pid"),
                    s.path("pid"), new QuickFix("Remove pid: host", ServiceEdit.remove(s.documentName(), s.name(),
                            List.of(), "pid", "Remove pid of " + s.name()))));
        }
    }
}
