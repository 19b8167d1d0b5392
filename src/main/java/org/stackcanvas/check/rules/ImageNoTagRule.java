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

public final class ImageNoTagRule extends ServiceRule {
    public ImageNoTagRule() {
        super("image-no-tag", Severity.WARNING, Category.IMAGE, "Image has no tag",
                "An image without a tag means latest, which changes under you: builds stop being reproducible "
                + "and an update can arrive unannounced. Pin a version tag. "
                + "See https://docs.docker.com/reference/compose-file/services/#image");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        if (s.service().build().isPresent()) {
            return; // the image names what the build produces
        }
        s.service().image().flatMap(ImageRef::parse).filter(r -> r.tag().isEmpty() && r.digest().isEmpty())
                .ifPresent(r -> out.add(finding("service " + s.name() + " uses image " + s.service().image().get()
                        + " without a tag (that is latest); pin a version", s.at("image"), s.path("image"))));
    }
}
