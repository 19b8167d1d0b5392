package org.stackcanvas.check.rules;

import java.util.List;
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
public final class SecretInEnvironmentRule extends WrittenServiceRule {
    public SecretInEnvironmentRule() {
        super("secret-in-environment", Severity.WARNING, Category.SECURITY, "Secret written in the environment",
                "A password or token written in the compose file ends up in version control, in docker inspect "
                + "and in every process's environment. Use a secret (mounted under /run/secrets, many images read "
                + "VAR_FILE) or a ${VARIABLE} from an untracked .env file. "
                + "See https://docs.docker.com/compose/how-tos/use-secrets/");
    }

    @Override
    public void checkWritten(String document, String service, YValue written, List<Finding> out) {
        if (!(written instanceof YMap value)) {
            return;
        }
        YValue env = value.get("environment");
        if (env instanceof YMap map) {
            for (YMap.Entry v : map.entryList()) {
                if (v.value() instanceof YScalar s && !s.isNull()) {
                    check(service, v.key(), s.text(), v.keyLocation(), out);
                }
            }
        } else if (env instanceof YList list) {
            for (YValue item : list.items()) {
                if (item instanceof YScalar s && s.text().contains("=")) {
                    int eq = s.text().indexOf('=');
                    check(service, s.text().substring(0, eq).trim(), s.text().substring(eq + 1), s.location(), out);
                }
            }
        }
    }

    private void check(String service, String name, String value, SourceLocation at, List<Finding> out) {
        if (Sensitive.isLiteralSecretValue(value) && Sensitive.isSecretName(name)) {
            out.add(finding("service " + service + " sets " + name + " to a literal value; keep secrets out of the "
                    + "compose file", at, List.of("services", service, "environment", name)));
        }
    }
}
