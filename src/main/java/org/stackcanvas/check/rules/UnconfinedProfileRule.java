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

/** seccomp or AppArmor switched off. */
public final class UnconfinedProfileRule extends ServiceRule {
    public UnconfinedProfileRule() {
        super("unconfined-security-profile", Severity.WARNING, Category.SECURITY, "seccomp or AppArmor disabled",
                "Docker's default seccomp profile blocks about 44 dangerous system calls and its AppArmor profile "
                + "confines file access; seccomp:unconfined or apparmor:unconfined removes that layer. Write a "
                + "profile that allows the calls the service needs instead. See https://docs.docker.com/engine/security/seccomp/");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        List<String> opts = s.service().securityOpt();
        for (int i = 0; i < opts.size(); i++) {
            String o = opts.get(i).replace('=', ':').replace(" ", "");
            if (o.equals("seccomp:unconfined") || o.equals("apparmor:unconfined")
                    || o.equals("systempaths:unconfined") || o.equals("label:disable")) {
                SourceLocation at = s.value().get("security_opt") instanceof YList l && i < l.size()
                        ? l.get(i).location() : s.at("security_opt");
                out.add(finding("service " + s.name() + " runs with " + opts.get(i), at, s.path("security_opt", i),
                        new QuickFix("Remove " + opts.get(i), ServiceEdit.removeItem(s.documentName(), s.name(),
                                List.of("security_opt"), i, "Remove " + opts.get(i) + " of " + s.name()))));
            }
        }
    }
}
