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

public final class UndefinedNetworkRule extends AbstractRule {
    public UndefinedNetworkRule() {
        super("undefined-network", Severity.ERROR, Category.REFERENCE, "Network not declared",
                "A service can only join networks declared under the top-level networks: key (or default); "
                + "Compose stops with \"service refers to undefined network\". "
                + "See https://docs.docker.com/reference/compose-file/networks/");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Service s : ctx.model().services().values()) {
            for (ServiceNetwork n : s.networks()) {
                if (!n.name().equals("default") && !ctx.model().networks().containsKey(n.name())) {
                    QuickFix fix = ctx.mainDocument().map(d -> new QuickFix("Declare network " + n.name(),
                            DocumentEdit.set(d.name(), List.of("networks"), n.name(), Map.of(),
                                    "Declare network " + n.name()))).orElse(null);
                    out.add(finding("service " + s.name() + " uses network " + n.name()
                            + ", which is not declared under networks:", n.location(),
                            List.of("services", s.name(), "networks", n.name()), fix));
                }
            }
        }
        return out;
    }
}
