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

/** A database port published on every interface of the host. */
public final class DatabasePortPublishedRule extends ServiceRule {
    public DatabasePortPublishedRule() {
        super("database-port-published", Severity.WARNING, Category.SECURITY,
                "Database port published on all interfaces",
                "Publishing a database port without a host IP binds it on 0.0.0.0, so anyone who can reach the "
                + "host can try to log in, and Docker's iptables rules bypass most host firewalls. Other services "
                + "reach the database over the compose network without any published port; bind to 127.0.0.1 "
                + "for local tools. See https://docs.docker.com/engine/network/packet-filtering-firewalls/");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        boolean database = s.service().image().map(Sensitive::isDatabaseImage).orElse(false);
        List<PortMapping> ports = s.service().ports();
        for (int i = 0; i < ports.size(); i++) {
            PortMapping p = ports.get(i);
            Optional<PortRange> target = p.targetRange();
            if (!p.isPublished() || target.isEmpty()) {
                continue;
            }
            boolean allInterfaces = p.hostIp().map(ip -> ip.equals("0.0.0.0") || ip.equals("::")).orElse(true);
            int port = target.get().start();
            boolean dbPort = Sensitive.DATABASE_PORTS.contains(port);
            if (allInterfaces && dbPort && (database || java.util.Set.of(3306, 5432, 27017, 6379, 1433).contains(port))) {
                QuickFix fix = null;
                if (p.shortSyntax().isPresent() && p.hostIp().isEmpty() && s.value().get("ports") instanceof YList) {
                    String local = "127.0.0.1:" + p.shortSyntax().get();
                    fix = new QuickFix("Publish on 127.0.0.1 only (" + local + ")", ServiceEdit.replaceItem(
                            s.documentName(), s.name(), List.of("ports"), i, local,
                            "Bind port " + p.shortSyntax().get() + " of " + s.name() + " to 127.0.0.1"));
                }
                out.add(finding("service " + s.name() + " publishes database port " + p.target()
                        + " on all host interfaces", p.location(), s.path("ports", i), fix));
            }
        }
    }
}
