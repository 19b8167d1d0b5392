package org.stackcanvas.check.rules;

import java.util.List;
import java.util.Locale;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.Severity;
import org.stackcanvas.check.dockerfile.DockerfileRule;
import org.stackcanvas.check.dockerfile.DockerfileScope;
import org.stackcanvas.check.dockerfile.Instruction;

public final class DockerfileAddRule extends DockerfileRule {
    public DockerfileAddRule() {
        super("dockerfile-add-instead-of-copy", Severity.WARNING, "ADD used to copy local files",
                "ADD also fetches URLs and unpacks archives, which makes a plain copy do surprising things. Use "
                + "COPY for local files and keep ADD for what only it does. "
                + "See https://docs.docker.com/build/building/best-practices/#add-or-copy");
    }

    @Override
    public void checkDockerfile(DockerfileScope scope, List<Finding> out) {
        for (Instruction add : scope.dockerfile().all("ADD")) {
            String args = add.arguments().toLowerCase(Locale.ROOT);
            boolean special = args.contains("http://") || args.contains("https://") || args.contains("git@")
                    || args.matches(".*\\.(tar|tar\\.gz|tgz|tar\\.bz2|tar\\.xz|txz)\\b.*");
            if (!special) {
                out.add(finding("use COPY instead of ADD to copy local files", scope.at(add), scope.path()));
            }
        }
    }
}
