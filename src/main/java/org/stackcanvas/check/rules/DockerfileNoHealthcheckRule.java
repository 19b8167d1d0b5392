package org.stackcanvas.check.rules;

import java.util.List;
import java.util.Locale;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.Severity;
import org.stackcanvas.check.dockerfile.DockerfileRule;
import org.stackcanvas.check.dockerfile.DockerfileScope;
import org.stackcanvas.check.dockerfile.Instruction;

public final class DockerfileNoHealthcheckRule extends DockerfileRule {
    public DockerfileNoHealthcheckRule() {
        super("dockerfile-no-healthcheck", Severity.INFO, "Image has no HEALTHCHECK",
                "A HEALTHCHECK in the image lets every user of it (compose, Swarm, docker ps) know whether the "
                + "service answers, without each compose file repeating it. "
                + "See https://docs.docker.com/reference/dockerfile/#healthcheck");
    }

    @Override
    public void checkDockerfile(DockerfileScope scope, List<Finding> out) {
        List<Instruction> last = scope.dockerfile().finalStage();
        if (!last.isEmpty() && last.stream().noneMatch(i -> i.is("HEALTHCHECK"))) {
            out.add(finding("the image defines no HEALTHCHECK", scope.at(last.get(0)), scope.path()));
        }
    }
}
