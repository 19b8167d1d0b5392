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

public final class ObsoleteVersionRule extends AbstractRule {
    public ObsoleteVersionRule() {
        super("obsolete-version", Severity.WARNING, Category.IMAGE, "Obsolete version attribute",
                "The top-level version: is ignored by Compose v2 (the Compose Specification has no versions) and "
                + "only makes docker compose print a warning. Remove it. "
                + "See https://docs.docker.com/reference/compose-file/version-and-name/");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (ComposeDocument doc : ctx.documents()) {
            if (doc.tree() instanceof YMap top && top.has("version")) {
                out.add(finding("the version attribute is obsolete and ignored; remove it", top.keyLocation("version"),
                        List.of("version"), new QuickFix("Remove version", DocumentEdit.remove(doc.name(), List.of(),
                                "version", "Remove the obsolete version"))));
            }
        }
        return out;
    }
}
