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

public final class DuplicateEnvironmentVariableRule extends WrittenServiceRule {
    public DuplicateEnvironmentVariableRule() {
        super("duplicate-environment-variable", Severity.WARNING, Category.CONFLICT,
                "Environment variable set twice",
                "When the list form of environment names a variable twice, only the last value counts, which is "
                + "rarely what was meant. See https://docs.docker.com/reference/compose-file/services/#environment");
    }

    /** Reads the files as written: loading turns the list into a mapping and keeps only the last value. */
    @Override
    public void checkWritten(String document, String service, YValue written, List<Finding> out) {
        if (!(written instanceof YMap value) || !(value.get("environment") instanceof YList list)) {
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof YScalar item) {
                String name = item.text().split("=", 2)[0].trim();
                if (!seen.add(name)) {
                    out.add(finding("service " + service + " sets " + name + " more than once; the last one "
                            + "wins", item.location(), List.of("services", service, "environment", i),
                            new QuickFix("Remove this duplicate", ServiceEdit.removeItem(document, service,
                                    List.of("environment"), i, "Remove duplicate " + name + " of " + service))));
                }
            }
        }
    }
}
