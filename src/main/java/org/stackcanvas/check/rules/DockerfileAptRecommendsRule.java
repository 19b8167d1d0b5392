package org.stackcanvas.check.rules;

import java.util.List;
import java.util.Locale;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.Severity;
import org.stackcanvas.check.dockerfile.DockerfileRule;
import org.stackcanvas.check.dockerfile.DockerfileScope;
import org.stackcanvas.check.dockerfile.Instruction;

public final class DockerfileAptRecommendsRule extends DockerfileRule {
    public DockerfileAptRecommendsRule() {
        super("dockerfile-apt-recommends", Severity.INFO, "apt-get install without --no-install-recommends",
                "apt-get install also installs recommended packages by default, often doubling the image size "
                + "with things the service never uses. "
                + "See https://docs.docker.com/build/building/best-practices/#apt-get");
    }

    @Override
    public void checkDockerfile(DockerfileScope scope, List<Finding> out) {
        for (Instruction i : scope.dockerfile().all("RUN")) {
            String a = i.arguments();
            if (a.matches("(?s).*\\bapt(-get)?\\s+(-\\S+\\s+)*install\\b.*") && !a.contains("--no-install-recommends")) {
                out.add(finding("apt-get install without --no-install-recommends", scope.at(i), scope.path()));
            }
        }
    }
}
