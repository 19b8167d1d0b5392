package org.stackcanvas.check.rules;

import java.util.List;
import java.util.Locale;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.Severity;
import org.stackcanvas.check.dockerfile.DockerfileRule;
import org.stackcanvas.check.dockerfile.DockerfileScope;
import org.stackcanvas.check.dockerfile.Instruction;

public final class DockerfileSingleStageRule extends DockerfileRule {
    private static final List<String> TOOLCHAINS = List.of("golang", "rust", "maven", "gradle", "openjdk",
            "eclipse-temurin", "mcr.microsoft.com/dotnet/sdk", "gcc", "clang", "swift", "haskell", "sbt");

    public DockerfileSingleStageRule() {
        super("dockerfile-single-stage", Severity.INFO, "Compiled app built in a single stage",
                "Building a compiled application in one stage ships the whole toolchain (compiler, build cache, "
                + "sources) in the final image. A multi-stage build copies only the result into a small runtime "
                + "image. See https://docs.docker.com/build/building/multi-stage/");
    }

    @Override
    public void checkDockerfile(DockerfileScope scope, List<Finding> out) {
        List<Instruction> froms = scope.dockerfile().all("FROM");
        if (froms.size() != 1) {
            return;
        }
        String image = froms.get(0).arguments().trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
        String repo = image.split("[:@]")[0];
        String shortName = repo.substring(repo.lastIndexOf('/') + 1);
        if (TOOLCHAINS.contains(repo) || TOOLCHAINS.contains(shortName)) {
            out.add(finding("single-stage build on " + image + " ships the toolchain; use a multi-stage build",
                    scope.at(froms.get(0)), scope.path()));
        }
    }
}
