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

public final class HeavyImageRule extends ServiceRule {
    private static final java.util.Set<String> HAS_SMALL_VARIANT = java.util.Set.of("node", "python", "golang",
            "ruby", "openjdk", "eclipse-temurin", "php", "perl", "rust", "debian", "ubuntu", "nginx", "httpd",
            "postgres", "redis", "mariadb", "maven", "gradle", "dotnet/sdk", "haproxy", "memcached", "rabbitmq");

    public HeavyImageRule() {
        super("heavy-image", Severity.INFO, Category.IMAGE, "Full image where a slim variant exists",
                "Full Debian-based images carry compilers, shells and hundreds of packages the service never "
                + "uses: more to download and more CVEs to patch. Most official images have -slim or -alpine "
                + "variants. See https://docs.docker.com/build/building/best-practices/#choose-the-right-base-image");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        s.service().image().flatMap(ImageRef::parse).filter(r -> HAS_SMALL_VARIANT.contains(r.shortName())
                && r.tag().map(t -> !t.contains("slim") && !t.contains("alpine") && !t.contains("distroless")
                        && !t.contains("minimal")).orElse(true))
                .ifPresent(r -> out.add(finding("service " + s.name() + " uses the full " + r.shortName()
                        + " image; a -slim or -alpine variant is much smaller", s.at("image"), s.path("image"))));
    }
}
