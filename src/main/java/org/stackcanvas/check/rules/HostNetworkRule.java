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

/** {@code network_mode: host} removes network isolation and makes {@code ports} meaningless. */
public final class HostNetworkRule extends ServiceRule {
    public HostNetworkRule() {
        super("host-network", Severity.WARNING, Category.SECURITY, "Service uses the host network",
                "With network_mode: host the container binds straight onto the host's interfaces: every port it "
                + "opens is reachable from outside, published ports are ignored and it can reach services bound "
                + "to localhost. Use the default bridge network and publish only the ports you need. "
                + "See https://docs.docker.com/engine/network/drivers/host/");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        if (s.service().networkMode().map(v -> v.equals("host")).orElse(false)) {
            out.add(finding("service " + s.name() + " uses the host's network stack (network_mode: host)",
                    s.at("network_mode"), s.path("network_mode"), new QuickFix("Remove network_mode: host",
                            ServiceEdit.remove(s.documentName(), s.name(), List.of(), "network_mode",
                                    "Remove network_mode of " + s.name()))));
        }
    }
}
