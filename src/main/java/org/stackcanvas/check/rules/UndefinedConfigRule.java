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

public final class UndefinedConfigRule extends AbstractRule {
    public UndefinedConfigRule() {
        super("undefined-config", Severity.ERROR, Category.REFERENCE, "Config not declared",
                "A service can only use configs declared under the top-level configs: key; Compose stops with "
                + "\"service refers to undefined config\". See https://docs.docker.com/reference/compose-file/configs/");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Service s : ctx.model().services().values()) {
            for (FileReference r : s.configs()) {
                if (!ctx.model().configs().containsKey(r.source())) {
                    out.add(finding("service " + s.name() + " uses config " + r.source()
                            + ", which is not declared under configs:", r.location(),
                            List.of("services", s.name(), "configs", r.source())));
                }
            }
        }
        return out;
    }
}
