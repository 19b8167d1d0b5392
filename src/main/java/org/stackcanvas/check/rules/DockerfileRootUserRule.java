package org.stackcanvas.check.rules;

import java.util.List;
import java.util.Locale;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.Severity;
import org.stackcanvas.check.dockerfile.DockerfileRule;
import org.stackcanvas.check.dockerfile.DockerfileScope;
import org.stackcanvas.check.dockerfile.Instruction;

public final class DockerfileRootUserRule extends DockerfileRule {
    public DockerfileRootUserRule() {
        super("dockerfile-root-user", Severity.WARNING, "Image runs as root",
                "When the last USER of the final stage is root, the container's process runs as root. Switch to "
                + "an unprivileged user after installing packages. "
                + "See https://docs.docker.com/build/building/best-practices/#user");
    }

    @Override
    public void checkDockerfile(DockerfileScope scope, List<Finding> out) {
        List<Instruction> users = scope.dockerfile().finalStage().stream().filter(i -> i.is("USER")).toList();
        if (!users.isEmpty()) {
            Instruction last = users.get(users.size() - 1);
            String user = last.arguments().trim().split(":")[0];
            if (user.equals("root") || user.equals("0")) {
                out.add(finding("the image's last USER is root", scope.at(last), scope.path()));
            }
        }
    }
}
