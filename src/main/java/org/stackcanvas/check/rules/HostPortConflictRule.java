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

/** Two published ports that bind the same host port, protocol and address. */
public final class HostPortConflictRule extends AbstractRule {
    public HostPortConflictRule() {
        super("host-port-conflict", Severity.ERROR, Category.CONFLICT, "Host port published twice",
                "A host port can be bound once per protocol and address; the second container fails with "
                + "\"port is already allocated\". Ranges overlap when they share any port; 0.0.0.0 (the default) "
                + "overlaps every address. See https://docs.docker.com/reference/compose-file/services/#ports");
    }

    private record Bound(String service, int index, PortRange range, String protocol, String ip, PortMapping port) {
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        List<Bound> seen = new ArrayList<>();
        for (ServiceScope s : ctx.services()) {
            long replicas = s.service().deploy().flatMap(Deploy::replicas).orElse(s.service().scale().orElse(1L));
            List<PortMapping> ports = s.service().ports();
            for (int i = 0; i < ports.size(); i++) {
                PortMapping p = ports.get(i);
                Optional<PortRange> range = p.publishedRange();
                if (range.isEmpty() || p.mode().equals("host") && replicas > 1) {
                    continue;
                }
                Bound b = new Bound(s.name(), i, range.get(), p.protocol(), p.hostIp().orElse("0.0.0.0"), p);
                for (Bound other : seen) {
                    if (other.protocol().equals(b.protocol()) && overlaps(other.range(), b.range())
                            && sameAddress(other.ip(), b.ip())) {
                        String where = other.service().equals(b.service()) ? "itself" : "service " + other.service();
                        out.add(finding("service " + s.name() + " publishes host port " + b.range() + "/" + b.protocol()
                                + ", already published by " + where + " (" + other.port().location().line() + ":"
                                + other.port().location().column() + ")", p.location(), s.path("ports", i)));
                        break;
                    }
                }
                seen.add(b);
            }
        }
        return out;
    }

    private static boolean overlaps(PortRange a, PortRange b) {
        return a.start() <= b.end() && b.start() <= a.end();
    }

    private static boolean sameAddress(String a, String b) {
        String x = a.replace("[", "").replace("]", "");
        String y = b.replace("[", "").replace("]", "");
        return x.equals(y) || x.equals("0.0.0.0") || y.equals("0.0.0.0") || x.equals("::") || y.equals("::");
    }
}
