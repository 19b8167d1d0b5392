package org.stackcanvas.check.rules;

import java.util.List;
import java.util.Locale;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.Severity;
import org.stackcanvas.check.dockerfile.DockerfileRule;
import org.stackcanvas.check.dockerfile.DockerfileScope;
import org.stackcanvas.check.dockerfile.Instruction;

public final class DockerfileMaintainerRule extends DockerfileRule {
    public DockerfileMaintainerRule() {
        super("dockerfile-maintainer", Severity.WARNING, "MAINTAINER is deprecated",
                "MAINTAINER has been deprecated for years; use LABEL org.opencontainers.image.authors=... instead. "
                + "See https://docs.docker.com/reference/build-checks/maintainer-deprecated/");
    }

    @Override
    public void checkDockerfile(DockerfileScope scope, List<Finding> out) {
        for (Instruction i : scope.dockerfile().all("MAINTAINER")) {
            out.add(finding("MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors", scope.at(i),
                    scope.path()));
        }
    }
}
