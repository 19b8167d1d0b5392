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

/** A writable root filesystem lets an attacker change binaries and drop tools. */
public final class ReadOnlyRootFsRule extends ServiceRule {
    public ReadOnlyRootFsRule() {
        super("read-only-rootfs", Severity.INFO, Category.SECURITY, "Root filesystem is writable",
                "With read_only: true the container cannot change its own files; data goes to volumes and tmpfs "
                + "mounts you name. That stops many attacks from persisting. "
                + "See https://docs.docker.com/reference/compose-file/services/#read_only");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        if (!s.service().readOnly().orElse(false)) {
            out.add(finding("service " + s.name() + " has a writable root filesystem", s.service().location(),
                    s.path(), new QuickFix("Set read_only: true", ServiceEdit.set(s.documentName(), s.name(),
                            List.of(), "read_only", Boolean.TRUE, "Make " + s.name() + " read-only"))));
        }
    }
}
