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

public final class UnusedConfigRule extends AbstractRule {
    public UnusedConfigRule() {
        super("unused-config", Severity.INFO, Category.REFERENCE, "Config declared but not used",
                "A config declared under configs: that no service uses is dead weight, and often a sign of a typo "
                + "in the service that should use it. See https://docs.docker.com/reference/compose-file/configs/");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Service s : ctx.model().services().values()) {
            used.addAll(Usage.configs(s));
        }
        for (Service s : ctx.model().services().values()) {
            s.build().ifPresent(b -> b.secrets().forEach(r -> used.add(r.source())));
        }
        if (!ctx.inactiveServices().isNull() && !ctx.inactiveServices().entryList().isEmpty()) {
            return List.of(); // services left out by profiles may use them
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, Config> e : ctx.model().configs().entrySet()) {
            if (!used.contains(e.getKey()) && !(e.getKey().equals("default") && "configs".equals("networks"))) {
                SourceLocation at = ctx.tree().map("configs").map(m -> m.keyLocation(e.getKey()))
                        .orElse(e.getValue().location());
                QuickFix fix = ctx.document(at.file()).map(d -> new QuickFix("Remove config " + e.getKey(),
                        DocumentEdit.remove(d.name(), List.of("configs"), e.getKey(), "Remove unused config " + e.getKey())))
                        .orElse(null);
                out.add(finding("config " + e.getKey() + " is declared but no service uses it", at,
                        List.of("configs", e.getKey()), fix));
            }
        }
        return out;
    }
}
