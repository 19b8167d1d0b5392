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

public final class ImageNoDigestRule extends ServiceRule {
    public ImageNoDigestRule() {
        super("image-no-digest", Severity.INFO, Category.IMAGE, "Image not pinned by digest",
                "Tags can be moved to other images; only a digest (image@sha256:...) names exactly one image, "
                + "which supply-chain policies often require. "
                + "See https://docs.docker.com/dhi/core-concepts/digests/");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        if (s.service().build().isPresent()) {
            return;
        }
        s.service().image().flatMap(ImageRef::parse).filter(r -> r.digest().isEmpty()).ifPresent(r ->
                out.add(finding("service " + s.name() + " image " + s.service().image().get()
                        + " is not pinned by digest", s.at("image"), s.path("image"))));
    }
}
