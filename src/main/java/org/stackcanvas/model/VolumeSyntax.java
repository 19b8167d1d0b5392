package org.stackcanvas.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.model.ServiceVolume.BindOptions;
import org.stackcanvas.model.ServiceVolume.MountType;
import org.stackcanvas.model.ServiceVolume.VolumeOptions;

/**
 * The short syntax of service {@code volumes}, read as compose-go's {@code format.ParseVolume}:
 * {@code [source:]target[:options]}. A drive letter ({@code C:}) is part of a path, not a separator,
 * and colons inside {@code ${...}} do not split. The source is a host path (a bind mount) when it
 * starts with {@code .}, {@code /}, {@code ~}, {@code \\} or a drive letter; otherwise it names a
 * volume. Options: {@code ro}, {@code rw}, {@code nocopy}, SELinux {@code z}/{@code Z} and the mount
 * propagations; Compose ignores any other option, and so do we.
 */
public final class VolumeSyntax {

    public static final Set<String> PROPAGATIONS = Set.of("rprivate", "private", "rshared", "shared", "rslave", "slave");

    private VolumeSyntax() {
    }

    public static Parsed<ServiceVolume> parse(String spec, SourceLocation location) {
        if (spec.isEmpty()) {
            return Parsed.error("the volume is empty; write source:target or just a target path");
        }
        Fields f = new Fields();
        if (spec.length() <= 2) {
            f.target = spec;
        } else {
            StringBuilder buffer = new StringBuilder();
            int depth = 0;
            for (int i = 0; i <= spec.length(); i++) {
                boolean end = i == spec.length();
                char c = end ? 0 : spec.charAt(i);
                if (!end && c == '$' && i + 1 < spec.length() && spec.charAt(i + 1) == '{') {
                    depth++;
                } else if (!end && c == '}' && depth > 0) {
                    depth--;
                } else if (!end && c == ':' && isDriveLetter(buffer)) {
                    // C: begins a Windows path; keep the colon.
                } else if ((end || c == ':') && depth == 0) {
                    String error = f.take(buffer.toString(), end);
                    if (error != null) {
                        return Parsed.error("invalid volume '" + spec + "': " + error);
                    }
                    buffer.setLength(0);
                    continue;
                }
                buffer.append(c);
            }
        }
        return Parsed.ok(f.toVolume(spec, location));
    }

    /** Whether a short-syntax source is a host path rather than a volume name. */
    public static boolean isHostPath(String source) {
        if (source.isEmpty()) {
            return false;
        }
        char first = source.charAt(0);
        if (first == '.' || first == '/' || first == '~' || source.startsWith("\\\\")) {
            return true;
        }
        return source.length() > 1 && Character.isLetter(first) && source.charAt(1) == ':';
    }

    private static boolean isDriveLetter(CharSequence buffer) {
        return buffer.length() == 1 && Character.isLetter(buffer.charAt(0));
    }

    /** The fields filled part by part, as the parser meets them. */
    private static final class Fields {
        String source = "";
        String target = "";
        boolean readOnly;
        boolean nocopy;
        String propagation;
        String selinux;

        String take(String part, boolean last) {
            if (part.isEmpty()) {
                return "there is an empty part between colons";
            }
            if (source.isEmpty() && last) {
                target = part;
            } else if (source.isEmpty()) {
                source = part;
            } else if (target.isEmpty()) {
                target = part;
            } else if (!last) {
                return "it has too many colons";
            } else {
                options(part);
            }
            return null;
        }

        void options(String text) {
            for (String option : text.split(",", -1)) {
                switch (option) {
                    case "ro" -> readOnly = true;
                    case "rw" -> readOnly = false;
                    case "nocopy" -> nocopy = true;
                    case "z", "Z" -> selinux = option;
                    default -> {
                        if (PROPAGATIONS.contains(option)) {
                            propagation = option;
                        }
                    }
                }
            }
        }

        ServiceVolume toVolume(String spec, SourceLocation location) {
            boolean hostPath = isHostPath(source);
            Optional<BindOptions> bind = Optional.empty();
            if (hostPath || propagation != null || selinux != null) {
                // Short syntax creates a missing host path, as docker-compose v1 did.
                bind = Optional.of(new BindOptions(Optional.ofNullable(propagation),
                        hostPath ? Optional.of(true) : Optional.empty(), Optional.empty(),
                        Optional.ofNullable(selinux), Map.of()));
            }
            Optional<VolumeOptions> volume = Optional.empty();
            if (!hostPath || nocopy) {
                volume = Optional.of(new VolumeOptions(nocopy, Optional.empty(), List.of(), Map.of()));
            }
            return new ServiceVolume(hostPath ? MountType.BIND : MountType.VOLUME,
                    source.isEmpty() ? Optional.empty() : Optional.of(source), target, readOnly, Optional.empty(),
                    bind, volume, Optional.empty(), Optional.empty(), Optional.of(spec), Map.of(), location);
        }
    }
}
