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

public final class LatestTagRule extends ServiceRule {
    public LatestTagRule() {
        super("image-latest-tag", Severity.WARNING, Category.IMAGE, "Image uses the latest tag",
                "latest is whatever was pushed last: two machines can run different versions, and a pull can "
                + "bring a breaking change without any change to the file. Pin a version tag. "
                + "See https://docs.docker.com/build/building/best-practices/#from");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        s.service().image().flatMap(ImageRef::parse).filter(r -> r.isLatest() && r.digest().isEmpty()).ifPresent(r ->
                out.add(finding("service " + s.name() + " uses " + s.service().image().get()
                        + "; pin a version tag", s.at("image"), s.path("image"))));
    }
}
