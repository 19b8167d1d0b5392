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

/** No {@code user}: the image's default, often root. */
public final class NoUserRule extends ServiceRule {
    public NoUserRule() {
        super("no-user", Severity.INFO, Category.SECURITY, "No user set",
                "Without user: the container runs as the image's default user, which for most images is root. "
                + "Set an unprivileged user unless the image already switches to one. "
                + "See https://docs.docker.com/reference/compose-file/services/#user");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        if (s.service().user().isEmpty()) {
            out.add(finding("service " + s.name() + " sets no user, so it runs as the image's default (often root)",
                    s.service().location(), s.path()));
        }
    }
}
