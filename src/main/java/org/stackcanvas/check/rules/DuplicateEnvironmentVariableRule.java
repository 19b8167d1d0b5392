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

public final class DuplicateEnvironmentVariableRule extends AbstractRule {
    public DuplicateEnvironmentVariableRule() {
        super("duplicate-environment-variable", Severity.WARNING, Category.CONFLICT,
                "Environment variable set twice",
                "When the list form of environment names a variable twice, only the last value counts, which is "
                + "rarely what was meant. See https://docs.docker.com/reference/compose-file/services/#environment");
    }

    /** Reads the files as written: loading turns the list into a mapping and keeps only the last value. */
    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (ComposeDocument doc : ctx.documents()) {
            if (!(doc.tree() instanceof YMap top) || !(top.get("services") instanceof YMap services)) {
                continue;
            }
            for (YMap.Entry e : services.entryList()) {
                if (!(e.value() instanceof YMap service) || !(service.get("environment") instanceof YList list)) {
                    continue;
                }
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof YScalar item) {
                        String name = item.text().split("=", 2)[0].trim();
                        if (!seen.add(name)) {
                            out.add(finding("service " + e.key() + " sets " + name + " more than once; the last one "
                                    + "wins", item.location(), List.of("services", e.key(), "environment", i),
                                    new QuickFix("Remove this duplicate", ServiceEdit.removeItem(doc.name(), e.key(),
                                            List.of("environment"), i, "Remove duplicate " + name + " of " + e.key()))));
                        }
                    }
                }
            }
        }
        return out;
    }
}
