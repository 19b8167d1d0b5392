package org.stackcanvas.check.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stackcanvas.check.*;
import org.stackcanvas.check.fix.DocumentEdit;
import org.stackcanvas.check.fix.ServiceEdit;
import org.stackcanvas.document.*;
import org.stackcanvas.model.*;

/**
 * Passwords and tokens written straight into {@code environment}. Reads the value as written in the
 * file (before interpolation), so {@code ${DB_PASSWORD}} is not mistaken for a literal.
 */
public final class SecretInEnvironmentRule extends AbstractRule {
    public SecretInEnvironmentRule() {
        super("secret-in-environment", Severity.WARNING, Category.SECURITY, "Secret written in the environment",
                "A password or token written in the compose file ends up in version control, in docker inspect "
                + "and in every process's environment. Use a secret (mounted under /run/secrets, many images read "
                + "VAR_FILE) or a ${VARIABLE} from an untracked .env file. "
                + "See https://docs.docker.com/compose/how-tos/use-secrets/");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        // The same few variable names recur in every service: match each name once per run.
        Map<String, Boolean> secretNames = new HashMap<>();
        for (ComposeDocument doc : ctx.documents()) {
            if (!(doc.tree() instanceof YMap top) || !(top.get("services") instanceof YMap services)) {
                continue;
            }
            for (YMap.Entry e : services.entryList()) {
                if (!(e.value() instanceof YMap service)) {
                    continue;
                }
                YValue env = service.get("environment");
                if (env instanceof YMap map) {
                    for (YMap.Entry v : map.entryList()) {
                        if (v.value() instanceof YScalar s && !s.isNull()) {
                            check(e.key(), v.key(), s.text(), v.keyLocation(), secretNames, out);
                        }
                    }
                } else if (env instanceof YList list) {
                    for (YValue item : list.items()) {
                        if (item instanceof YScalar s && s.text().contains("=")) {
                            int eq = s.text().indexOf('=');
                            check(e.key(), s.text().substring(0, eq).trim(), s.text().substring(eq + 1), s.location(),
                                    secretNames, out);
                        }
                    }
                }
            }
        }
        return out;
    }

    private void check(String service, String name, String value, SourceLocation at, Map<String, Boolean> secretNames,
            List<Finding> out) {
        if (Sensitive.isLiteralSecretValue(value) && secretNames.computeIfAbsent(name, Sensitive::isSecretName)) {
            out.add(finding("service " + service + " sets " + name + " to a literal value; keep secrets out of the "
                    + "compose file", at, List.of("services", service, "environment", name)));
        }
    }
}
