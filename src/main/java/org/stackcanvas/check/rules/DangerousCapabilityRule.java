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

/** Capabilities that are nearly root on the host. */
public final class DangerousCapabilityRule extends ServiceRule {
    private static final List<String> DANGEROUS = List.of("ALL", "SYS_ADMIN", "SYS_MODULE", "SYS_PTRACE",
            "SYS_RAWIO", "SYS_BOOT", "NET_ADMIN", "DAC_READ_SEARCH", "SYS_TIME", "BPF", "PERFMON", "MAC_ADMIN");

    public DangerousCapabilityRule() {
        super("dangerous-capability", Severity.WARNING, Category.SECURITY, "Dangerous capability added",
                "Capabilities such as SYS_ADMIN, SYS_MODULE, SYS_PTRACE or NET_ADMIN let a process mount "
                + "filesystems, load kernel modules, trace other processes or reconfigure the network; most "
                + "container escapes need one of them. Add only what the service needs. "
                + "See https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        List<String> caps = s.service().capAdd();
        for (int i = 0; i < caps.size(); i++) {
            String cap = caps.get(i).toUpperCase(java.util.Locale.ROOT).replaceFirst("^CAP_", "");
            if (DANGEROUS.contains(cap)) {
                SourceLocation at = s.value().get("cap_add") instanceof YList l && i < l.size()
                        ? l.get(i).location() : s.at("cap_add");
                out.add(finding("service " + s.name() + " adds capability " + cap, at, s.path("cap_add", i),
                        new QuickFix("Remove " + caps.get(i) + " from cap_add", ServiceEdit.removeItem(
                                s.documentName(), s.name(), List.of("cap_add"), i,
                                "Remove capability " + caps.get(i) + " of " + s.name()))));
            }
        }
    }
}
