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

public final class NoImageOrBuildRule extends ServiceRule {
    public NoImageOrBuildRule() {
        super("no-image-or-build", Severity.ERROR, Category.CONFLICT, "Service has neither image nor build",
                "Compose needs to know what to run: an image to pull or a build to make. A service with neither "
                + "fails with \"has neither an image nor a build context specified\". "
                + "See https://docs.docker.com/reference/compose-file/services/#image");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        if (s.service().image().isEmpty() && s.service().build().isEmpty() && s.service().extendsFrom().isEmpty()
                && !s.service().declares("provider")) {
            out.add(finding("service " + s.name() + " has neither an image nor a build", s.service().location(),
                    s.path()));
        }
    }
}
