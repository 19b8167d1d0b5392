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

/**
 * A variable used in ${...} that is not in the project environment but is set in a service's
 * env_file: env_file values go into the container only, never into interpolation, a common mistake.
 */
public final class VariableOnlyInEnvFileRule extends AbstractRule {
    public VariableOnlyInEnvFileRule() {
        super("variable-only-in-env-file", Severity.WARNING, Category.CONFLICT,
                "Variable set only in an env_file but used for interpolation",
                "Values in a service's env_file are passed to the container; they are not used to fill in "
                + "${VARIABLE} in the compose file, which only reads the shell and the project's .env. Move the "
                + "variable to .env. See https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#env-file");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        Map<String, String> fromEnvFiles = new java.util.LinkedHashMap<>();
        for (Service s : ctx.model().services().values()) {
            for (EnvFile f : s.envFiles()) {
                java.nio.file.Path p = ctx.resolve(f.path());
                if (java.nio.file.Files.isRegularFile(p)) {
                    try {
                        org.stackcanvas.env.DotEnvFile.read(p, n -> Optional.empty()).keySet()
                                .forEach(k -> fromEnvFiles.putIfAbsent(k, f.path()));
                    } catch (Exception e) {
                        // an unreadable env file is another rule's business
                    }
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        if (fromEnvFiles.isEmpty()) {
            return out;
        }
        org.stackcanvas.env.Interpolator names = new org.stackcanvas.env.Interpolator(n -> Optional.empty());
        for (ComposeDocument doc : ctx.documents()) {
            walk(doc.tree(), names, ctx, fromEnvFiles, out);
        }
        return out;
    }

    private void walk(YValue v, org.stackcanvas.env.Interpolator names, CheckContext ctx, Map<String, String> envFiles,
            List<Finding> out) {
        if (v instanceof YScalar s && s.text().contains("$")) {
            for (String name : names.variablesUsed(s.text())) {
                if (!ctx.environment().containsKey(name) && envFiles.containsKey(name)) {
                    out.add(finding("${" + name + "} is set only in env_file " + envFiles.get(name)
                            + ", which Compose does not use for interpolation; put it in .env", s.location(), List.of()));
                }
            }
        } else if (v instanceof YList l) {
            l.items().forEach(i -> walk(i, names, ctx, envFiles, out));
        } else if (v instanceof YMap m) {
            m.entryList().forEach(e -> walk(e.value(), names, ctx, envFiles, out));
        }
    }
}
