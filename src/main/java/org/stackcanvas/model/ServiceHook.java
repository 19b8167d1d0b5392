package org.stackcanvas.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/** A {@code post_start} or {@code pre_stop} hook: a command run in the container. */
public record ServiceHook(CommandLine command, Optional<String> user, Optional<Boolean> privileged,
        Optional<String> workingDir, List<EnvVar> environment, Map<String, YValue> extensions,
        SourceLocation location) {

    public ServiceHook {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(privileged, "privileged");
        Objects.requireNonNull(workingDir, "workingDir");
        environment = List.copyOf(environment);
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }
}
