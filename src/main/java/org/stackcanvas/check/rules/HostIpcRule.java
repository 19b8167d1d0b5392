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

/** {@code ipc: host} shares the host's IPC namespace with the container. */
public final class HostIpcRule extends ServiceRule {
    public HostIpcRule() {
        super("host-ipc", Severity.WARNING, Category.SECURITY, "Service shares the host's IPC namespace",
                "With ipc: host the container shares the host's shared memory and semaphores; the isolation Docker gives by default is gone. "
                + "Leave ipc unset unless the service really needs it. See https://docs.docker.com/reference/compose-file/services/#ipc");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        if (s.value().text("ipc").map(v -> v.equals("host")).orElse(false)) {
            out.add(finding("service " + s.name() + " shares the host's IPC namespace (ipc: host)", s.at("ipc"),
                    s.path("ipc"), new QuickFix("Remove ipc: host", ServiceEdit.remove(s.documentName(), s.name(),
                            List.of(), "ipc", "Remove ipc of " + s.name()))));
        }
    }
}
