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

/** Reads the files as written: when extends names a missing service, the project cannot be loaded at all. */
public final class ExtendsTargetMissingRule extends AbstractRule {
    public ExtendsTargetMissingRule() {
        super("extends-target-missing", Severity.ERROR, Category.REFERENCE, "extends names a missing service or file",
                "extends copies another service's definition, from this file or from file:; when that file or "
                + "service does not exist Compose cannot load the project. "
                + "See https://docs.docker.com/compose/how-tos/multiple-compose-files/extends/");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (ComposeDocument doc : ctx.documents()) {
            if (!(doc.tree() instanceof YMap top) || !(top.get("services") instanceof YMap services)) {
                continue;
            }
            for (YMap.Entry e : services.entryList()) {
                if (!(e.value() instanceof YMap service) || !service.has("extends")) {
                    continue;
                }
                YValue ext = service.get("extends");
                String target = ext instanceof YScalar sc ? sc.text()
                        : ext instanceof YMap m ? m.text("service").orElse("") : "";
                Optional<String> file = ext instanceof YMap m ? m.text("file") : Optional.empty();
                List<Object> path = List.of("services", e.key(), "extends");
                if (file.isPresent() && !file.get().contains("$")) {
                    java.nio.file.Path base = doc.path().map(p -> p.getParent()).orElse(ctx.directory());
                    java.nio.file.Path f = base.resolve(file.get()).normalize();
                    if (!java.nio.file.Files.isRegularFile(f)) {
                        out.add(finding("service " + e.key() + " extends from " + file.get() + ", which does not exist",
                                service.keyLocation("extends"), path));
                    } else if (!target.isEmpty() && !definesService(f, target)) {
                        out.add(finding("service " + e.key() + " extends " + target + ", which " + file.get()
                                + " does not define", service.keyLocation("extends"), path));
                    }
                } else if (file.isEmpty() && !target.isEmpty() && !services.has(target)) {
                    out.add(finding("service " + e.key() + " extends " + target + ", which is not defined in "
                            + doc.name(), service.keyLocation("extends"), path));
                }
            }
        }
        return out;
    }

    private static boolean definesService(java.nio.file.Path file, String name) {
        try {
            ComposeDocument other = new DocumentParser().read(file);
            return other.tree() instanceof YMap m && m.map("services").map(s -> s.has(name)).orElse(false);
        } catch (DocumentException e) {
            return true; // its own problems are reported when it is loaded
        }
    }
}
