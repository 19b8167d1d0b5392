package org.stackcanvas.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/**
 * A service's use of a secret or config, short form (just the name) or long form. {@code mode} is
 * the numeric file mode ({@code 0440} reads as 288).
 */
public record FileReference(String source, Optional<String> target, Optional<String> uid, Optional<String> gid,
        Optional<Long> mode, Map<String, YValue> extensions, SourceLocation location) {

    public FileReference {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(gid, "gid");
        Objects.requireNonNull(mode, "mode");
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }

    public static FileReference named(String source, SourceLocation location) {
        return new FileReference(source, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of(), location);
    }
}
