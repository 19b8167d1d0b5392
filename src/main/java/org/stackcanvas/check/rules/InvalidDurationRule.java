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

public final class InvalidDurationRule extends ServiceRule {
    public InvalidDurationRule() {
        super("invalid-duration", Severity.ERROR, Category.CONFLICT, "Invalid duration",
                "Durations such as healthcheck intervals and stop_grace_period are written like 1m30s, 10s or "
                + "500ms; a bare number or another unit is rejected when the stack starts. "
                + "See https://docs.docker.com/reference/compose-file/extension/#specifying-durations");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        check(s, s.value(), "stop_grace_period", List.of(), out);
        if (s.value().get("healthcheck") instanceof YMap h) {
            for (String key : List.of("interval", "timeout", "start_period", "start_interval")) {
                check(s, h, key, List.of("healthcheck"), out);
            }
        }
    }

    private void check(ServiceScope s, YMap map, String key, List<Object> at, List<Finding> out) {
        if (map.get(key) instanceof YScalar v && !v.isNull() && !v.text().contains("$")) {
            Parsed<?> p = DurationSyntax.parse(v.text());
            if (!p.isOk()) {
                List<Object> path = new ArrayList<>(s.path(at.toArray()));
                path.add(key);
                out.add(finding(key + " of service " + s.name() + ": '" + v.text() + "' is not a duration ("
                        + p.errorMessage() + ")", v.location(), path));
            }
        }
    }
}
