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

public final class UndefinedVolumeRule extends AbstractRule {
    public UndefinedVolumeRule() {
        super("undefined-volume", Severity.ERROR, Category.REFERENCE, "Named volume not declared",
                "A named volume used by a service must be declared under the top-level volumes: key; Compose "
                + "stops with \"service refers to undefined volume\". A path (./data, /srv) is a bind mount "
                + "instead. See https://docs.docker.com/reference/compose-file/volumes/");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Service s : ctx.model().services().values()) {
            for (int i = 0; i < s.volumes().size(); i++) {
                ServiceVolume v = s.volumes().get(i);
                if (v.isNamedVolume() && !v.source().get().contains("$")
                        && !ctx.model().volumes().containsKey(v.source().get())) {
                    String name = v.source().get();
                    QuickFix fix = ctx.mainDocument().map(d -> new QuickFix("Declare volume " + name,
                            DocumentEdit.set(d.name(), List.of("volumes"), name, Map.of(), "Declare volume " + name)))
                            .orElse(null);
                    out.add(finding("service " + s.name() + " mounts volume " + name
                            + ", which is not declared under volumes:", v.location(),
                            List.of("services", s.name(), "volumes", i), fix));
                }
            }
        }
        return out;
    }
}
