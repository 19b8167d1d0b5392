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

public final class UnusedSecretRule extends AbstractRule {
    public UnusedSecretRule() {
        super("unused-secret", Severity.INFO, Category.REFERENCE, "Secret declared but not used",
                "A secret declared under secrets: that no service uses is dead weight, and often a sign of a typo "
                + "in the service that should use it. See https://docs.docker.com/reference/compose-file/secrets/");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Service s : ctx.model().services().values()) {
            used.addAll(Usage.secrets(s));
        }
        for (Service s : ctx.model().services().values()) {
            s.build().ifPresent(b -> b.secrets().forEach(r -> used.add(r.source())));
        }
        if (!ctx.inactiveServices().isNull() && !ctx.inactiveServices().entryList().isEmpty()) {
            return List.of(); // services left out by profiles may use them
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, Secret> e : ctx.model().secrets().entrySet()) {
            if (!used.contains(e.getKey()) && !(e.getKey().equals("default") && "secrets".equals("networks"))) {
                SourceLocation at = ctx.tree().map("secrets").map(m -> m.keyLocation(e.getKey()))
                        .orElse(e.getValue().location());
                QuickFix fix = ctx.document(at.file()).map(d -> new QuickFix("Remove secret " + e.getKey(),
                        DocumentEdit.remove(d.name(), List.of("secrets"), e.getKey(), "Remove unused secret " + e.getKey())))
                        .orElse(null);
                out.add(finding("secret " + e.getKey() + " is declared but no service uses it", at,
                        List.of("secrets", e.getKey()), fix));
            }
        }
        return out;
    }
}
