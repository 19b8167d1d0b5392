package org.stackcanvas.check.rules;

import java.util.List;
import java.util.Locale;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.Severity;
import org.stackcanvas.check.dockerfile.DockerfileRule;
import org.stackcanvas.check.dockerfile.DockerfileScope;
import org.stackcanvas.check.dockerfile.Instruction;

public final class DockerfileUnpinnedBaseRule extends DockerfileRule {
    public DockerfileUnpinnedBaseRule() {
        super("dockerfile-unpinned-base", Severity.WARNING, "Base image not pinned",
                "FROM without a tag, or with latest, builds on whatever was pushed last, so the same Dockerfile "
                + "gives different images over time. Pin a version (and ideally a digest). "
                + "See https://docs.docker.com/build/building/best-practices/#pin-base-image-versions");
    }

    @Override
    public void checkDockerfile(DockerfileScope scope, List<Finding> out) {
        java.util.Set<String> stageNames = new java.util.HashSet<>();
        for (Instruction from : scope.dockerfile().all("FROM")) {
            String[] words = from.arguments().trim().split("\\s+");
            String image = "";
            for (String w : words) {
                if (!w.startsWith("--")) {
                    image = w;
                    break;
                }
            }
            if (words.length >= 3 && words[words.length - 2].equalsIgnoreCase("AS")) {
                stageNames.add(words[words.length - 1].toLowerCase(Locale.ROOT));
            }
            if (image.isEmpty() || image.equals("scratch") || image.contains("$")
                    || stageNames.contains(image.toLowerCase(Locale.ROOT)) && !image.contains(":")) {
                continue;
            }
            ImageRef.parse(image).filter(r -> r.digest().isEmpty() && (r.tag().isEmpty() || r.isLatest()))
                    .ifPresent(r -> out.add(finding("base image " + r.repository() + " is not pinned to a version",
                            scope.at(from), scope.path())));
        }
    }
}
