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

public final class UnsetVariableRule extends AbstractRule {
    public UnsetVariableRule() {
        super("unset-variable", Severity.WARNING, Category.CONFLICT, "Variable used without a value or default",
                "A ${VARIABLE} with no value in the environment or .env and no default (${VARIABLE:-default}) "
                + "becomes an empty string, which usually breaks the value it is in. Set it in .env or give a "
                + "default. See https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (org.stackcanvas.project.LoadWarning w : ctx.warnings()) {
            if (w.message().contains("variable is not set")) {
                out.add(finding(w.message().replace(" Defaulting to a blank string.", ": it becomes an empty string")
                        .replace("The \"", "variable \"").replace("\" variable is not set", "\" is not set"),
                        w.location(), List.of()));
            }
        }
        return out;
    }
}
