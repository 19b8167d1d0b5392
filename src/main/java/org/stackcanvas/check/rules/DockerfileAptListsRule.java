package org.stackcanvas.check.rules;

import java.util.List;
import java.util.Locale;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.Severity;
import org.stackcanvas.check.dockerfile.DockerfileRule;
import org.stackcanvas.check.dockerfile.DockerfileScope;
import org.stackcanvas.check.dockerfile.Instruction;

public final class DockerfileAptListsRule extends DockerfileRule {
    public DockerfileAptListsRule() {
        super("dockerfile-apt-lists-cleanup", Severity.INFO, "apt lists not removed",
                "apt-get update downloads package lists into /var/lib/apt/lists; unless the same RUN removes them "
                + "they stay in the layer for good. End the RUN with rm -rf /var/lib/apt/lists/*. "
                + "See https://docs.docker.com/build/building/best-practices/#apt-get");
    }

    @Override
    public void checkDockerfile(DockerfileScope scope, List<Finding> out) {
        for (Instruction i : scope.dockerfile().all("RUN")) {
            String a = i.arguments();
            if (a.matches("(?s).*\\bapt(-get)?\\s+update\\b.*") && !a.contains("/var/lib/apt/lists")
                    && !a.contains("type=cache")) {
                out.add(finding("apt-get update without removing /var/lib/apt/lists/* in the same RUN", scope.at(i),
                        scope.path()));
            }
        }
    }
}
