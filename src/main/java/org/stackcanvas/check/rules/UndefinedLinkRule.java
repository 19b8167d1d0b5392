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

public final class UndefinedLinkRule extends AbstractRule {
    public UndefinedLinkRule() {
        super("undefined-link", Severity.ERROR, Category.REFERENCE, "links or volumes_from names an unknown service",
                "links and volumes_from must name services of this project (volumes_from may also say "
                + "container:NAME). See https://docs.docker.com/reference/compose-file/services/#links");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Service s : ctx.model().services().values()) {
            for (String link : s.links()) {
                String target = link.split(":", 2)[0];
                if (!known(ctx, target)) {
                    out.add(finding("service " + s.name() + " links to " + target + ", which is not defined",
                            s.locationOf("links").orElse(s.location()), List.of("services", s.name(), "links")));
                }
            }
            for (String from : s.volumesFrom()) {
                String target = from.split(":", 2)[0];
                if (!from.startsWith("container:") && !known(ctx, target)) {
                    out.add(finding("service " + s.name() + " takes volumes from " + target + ", which is not defined",
                            s.locationOf("volumes_from").orElse(s.location()),
                            List.of("services", s.name(), "volumes_from")));
                }
            }
        }
        return out;
    }

    private static boolean known(CheckContext ctx, String name) {
        return ctx.model().services().containsKey(name) || ctx.inactiveServices().has(name);
    }
}
