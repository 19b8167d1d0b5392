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

public final class InvalidByteSizeRule extends ServiceRule {
    public InvalidByteSizeRule() {
        super("invalid-byte-size", Severity.ERROR, Category.CONFLICT, "Invalid size",
                "Sizes such as mem_limit and shm_size are a number of bytes or a number with a unit b, k, m or g "
                + "(512m, 1g); anything else is rejected when the stack starts. "
                + "See https://docs.docker.com/reference/compose-file/extension/#specifying-byte-values");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        for (String key : List.of("mem_limit", "mem_reservation", "memswap_limit", "shm_size")) {
            check(s, s.value(), key, List.of(key), out);
        }
        if (s.value().get("deploy") instanceof YMap d && d.get("resources") instanceof YMap r) {
            for (String kind : List.of("limits", "reservations")) {
                if (r.get(kind) instanceof YMap m) {
                    check(s, m, "memory", List.of("deploy", "resources", kind, "memory"), out);
                }
            }
        }
    }

    private void check(ServiceScope s, YMap map, String key, List<Object> at, List<Finding> out) {
        if (map.get(key) instanceof YScalar v && !v.isNull() && !v.text().contains("$")
                && v.kind() != YScalar.Kind.INT) {
            Parsed<Long> p = ByteSizeSyntax.parse(v.text());
            if (!p.isOk()) {
                out.add(finding(key + " of service " + s.name() + ": '" + v.text() + "' is not a size ("
                        + p.errorMessage() + ")", v.location(), s.path(at.toArray())));
            }
        }
    }
}
