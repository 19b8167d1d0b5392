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

/** Off by default: the conventional order of a service's keys. */
public final class ServiceKeyOrderRule extends ServiceRule {
    static final List<String> ORDER = List.of("extends", "image", "build", "container_name", "hostname", "profiles",
            "restart", "depends_on", "command", "entrypoint", "environment", "env_file", "ports", "expose", "volumes",
            "networks", "secrets", "configs", "healthcheck", "deploy", "labels", "logging");

    public ServiceKeyOrderRule() {
        super("service-key-order", Severity.INFO, Category.STYLE, "Service keys out of the usual order",
                "Writing a service's keys in one order (image or build first, then runtime, wiring and "
                + "metadata) makes files quicker to read and diffs smaller. A style rule, off by default. "
                + "See https://github.com/zavoloklom/docker-compose-linter/blob/main/docs/rules/service-keys-order-rule.md");
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        int last = -1;
        String lastKey = null;
        for (String key : s.value().keys()) {
            int rank = ORDER.indexOf(key);
            if (rank < 0) {
                continue;
            }
            if (rank < last) {
                out.add(finding("in service " + s.name() + ", " + key + " usually comes before " + lastKey,
                        s.value().keyLocation(key), s.path(key)));
                return;
            }
            last = rank;
            lastKey = key;
        }
    }
}
