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

public final class BuildContextMissingRule extends AbstractRule {
    public BuildContextMissingRule() {
        super("build-context-missing", Severity.ERROR, Category.REFERENCE, "Build context or Dockerfile not found",
                "build: names a folder (the context) and, inside it, a Dockerfile; when either is missing the "
                + "build fails. See https://docs.docker.com/reference/compose-file/build/");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Service s : ctx.model().services().values()) {
            if (s.build().isEmpty() || s.build().get().context().isEmpty()) {
                continue;
            }
            BuildSpec b = s.build().get();
            String context = b.context().get();
            if (context.contains("://") || context.startsWith("git@") || context.contains("$")
                    || context.contains(":") && !context.startsWith("/") && context.indexOf(':') > 1) {
                continue;
            }
            List<Object> path = List.of("services", s.name(), "build");
            if (!java.nio.file.Files.isDirectory(ctx.resolve(context))) {
                out.add(finding("build context " + context + " of service " + s.name() + " does not exist",
                        b.location(), path));
            } else if (b.dockerfileInline().isEmpty()) {
                String dockerfile = b.dockerfile().orElse("Dockerfile");
                if (!dockerfile.contains("$") && !java.nio.file.Files.exists(ctx.resolve(context).resolve(dockerfile))) {
                    out.add(finding("service " + s.name() + " builds from " + dockerfile + ", which is not in "
                            + context, b.location(), path));
                }
            }
        }
        return out;
    }
}
