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

public final class UndefinedSecretRule extends AbstractRule {
    public UndefinedSecretRule() {
        super("undefined-secret", Severity.ERROR, Category.REFERENCE, "Secret not declared",
                "A service can only use secrets declared under the top-level secrets: key; Compose stops with "
                + "\"service refers to undefined secret\". See https://docs.docker.com/reference/compose-file/secrets/");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Service s : ctx.model().services().values()) {
            for (FileReference r : s.secrets()) {
                if (!ctx.model().secrets().containsKey(r.source())) {
                    out.add(finding("service " + s.name() + " uses secret " + r.source()
                            + ", which is not declared under secrets:", r.location(),
                            List.of("services", s.name(), "secrets", r.source())));
                }
            }
        }
        return out;
    }
}
