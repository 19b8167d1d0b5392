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

public final class EnvFileMissingRule extends AbstractRule {
    public EnvFileMissingRule() {
        super("env-file-missing", Severity.ERROR, Category.REFERENCE, "env_file not found",
                "A required env_file that does not exist stops docker compose up (\"env file not found\"). Create "
                + "it, fix the path, or mark it required: false. "
                + "See https://docs.docker.com/reference/compose-file/services/#env_file");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Service s : ctx.model().services().values()) {
            for (EnvFile f : s.envFiles()) {
                if (f.required() && !f.path().contains("$") && !ctx.exists(f.path())) {
                    out.add(finding("env file " + f.path() + " of service " + s.name() + " does not exist",
                            f.location(), List.of("services", s.name(), "env_file")));
                }
            }
        }
        return out;
    }
}
