package org.stackcanvas.check.dockerfile;

import java.util.List;
import java.util.Objects;
import org.stackcanvas.document.SourceLocation;

/** A Dockerfile a service builds from, as rules see it. */
public record DockerfileScope(String service, Dockerfile dockerfile) {

    public DockerfileScope {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(dockerfile, "dockerfile");
    }

    public SourceLocation at(Instruction instruction) {
        return new SourceLocation(dockerfile.name(), instruction.line(), 1);
    }

    public List<Object> path() {
        return List.of("services", service, "build");
    }
}
