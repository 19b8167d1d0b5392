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

public final class ServicesSortedRule extends AbstractRule {
    public ServicesSortedRule() {
        super("services-sorted", Severity.INFO, Category.STYLE, "Services not in alphabetical order",
                "Services in alphabetical order are easy to find in long files. A style rule, off by default. "
                + "See https://github.com/zavoloklom/docker-compose-linter/blob/main/docs/rules/services-alphabetical-order-rule.md");
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (ComposeDocument doc : ctx.documents()) {
            if (doc.tree() instanceof YMap top && top.get("services") instanceof YMap services) {
                String previous = null;
                for (String name : services.keys()) {
                    if (previous != null && name.compareToIgnoreCase(previous) < 0) {
                        out.add(finding("service " + name + " should come before " + previous,
                                services.keyLocation(name), List.of("services", name)));
                        break;
                    }
                    previous = name;
                }
            }
        }
        return out;
    }
}
