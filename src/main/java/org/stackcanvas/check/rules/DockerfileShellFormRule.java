package org.stackcanvas.check.rules;

import java.util.List;
import java.util.Locale;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.Severity;
import org.stackcanvas.check.dockerfile.DockerfileRule;
import org.stackcanvas.check.dockerfile.DockerfileScope;
import org.stackcanvas.check.dockerfile.Instruction;

public final class DockerfileShellFormRule extends DockerfileRule {
    public DockerfileShellFormRule() {
        super("dockerfile-shell-form", Severity.WARNING, "CMD or ENTRYPOINT in shell form",
                "In shell form the process runs under /bin/sh -c, which does not pass signals on: docker stop "
                + "waits its full timeout and then kills the service. Use the JSON form CMD [\"prog\", \"arg\"]. "
                + "See https://docs.docker.com/reference/build-checks/json-args-recommended/");
    }

    @Override
    public void checkDockerfile(DockerfileScope scope, List<Finding> out) {
        for (Instruction i : scope.dockerfile().finalStage()) {
            if ((i.is("CMD") || i.is("ENTRYPOINT")) && !i.isExecForm() && !i.arguments().isBlank()) {
                out.add(finding(i.keyword() + " in shell form does not pass signals to the process; use JSON form",
                        scope.at(i), scope.path()));
            }
        }
    }
}
