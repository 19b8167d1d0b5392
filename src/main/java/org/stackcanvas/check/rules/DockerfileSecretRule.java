package org.stackcanvas.check.rules;

import java.util.List;
import java.util.Locale;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.Severity;
import org.stackcanvas.check.dockerfile.DockerfileRule;
import org.stackcanvas.check.dockerfile.DockerfileScope;
import org.stackcanvas.check.dockerfile.Instruction;

public final class DockerfileSecretRule extends DockerfileRule {
    public DockerfileSecretRule() {
        super("dockerfile-secret-in-env", Severity.WARNING, "Secret in ENV or ARG",
                "ENV and ARG values are stored in the image's history and metadata, readable by anyone who can "
                + "pull the image. Pass secrets with RUN --mount=type=secret. "
                + "See https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/");
    }

    @Override
    public void checkDockerfile(DockerfileScope scope, List<Finding> out) {
        for (Instruction i : scope.dockerfile().instructions()) {
            if (!i.is("ENV") && !i.is("ARG")) {
                continue;
            }
            String args = i.arguments().trim();
            String name = args.split("[=\\s]", 2)[0];
            if (Sensitive.isSecretName(name)) {
                out.add(finding(i.keyword() + " " + name + " keeps a secret in the image's metadata", scope.at(i),
                        scope.path()));
            }
        }
    }
}
