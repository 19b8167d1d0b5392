package org.stackcanvas.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/**
 * One entry of a service's {@code volumes}: a mount, from short syntax ({@code src:dst:ro,z}) or the
 * long form. {@code source} is empty for an anonymous volume and for tmpfs.
 */
public record ServiceVolume(
        MountType type,
        Optional<String> source,
        String target,
        boolean readOnly,
        Optional<String> consistency,
        Optional<BindOptions> bind,
        Optional<VolumeOptions> volume,
        Optional<TmpfsOptions> tmpfs,
        Optional<ImageOptions> image,
        Optional<String> shortSyntax,
        Map<String, YValue> extensions,
        SourceLocation location) {

    public ServiceVolume {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(consistency, "consistency");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(tmpfs, "tmpfs");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(shortSyntax, "shortSyntax");
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }

    /** Whether this mounts a named volume, which should be declared under top-level {@code volumes}. */
    public boolean isNamedVolume() {
        return type == MountType.VOLUME && source.isPresent();
    }

    public ServiceVolume withLocation(SourceLocation newLocation) {
        return new ServiceVolume(type, source, target, readOnly, consistency, bind, volume, tmpfs, image,
                shortSyntax, extensions, newLocation);
    }

    /** The mount types of the specification. */
    public enum MountType {
        BIND, VOLUME, TMPFS, NPIPE, CLUSTER, IMAGE;

        public String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<MountType> of(String text) {
            for (MountType t : values()) {
                if (t.yamlName().equals(text)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    /** {@code bind:} options; {@code createHostPath} is empty when not written (Compose then creates it). */
    public record BindOptions(Optional<String> propagation, Optional<Boolean> createHostPath,
            Optional<String> recursive, Optional<String> selinux, Map<String, YValue> extensions) {
        public BindOptions {
            Objects.requireNonNull(propagation, "propagation");
            Objects.requireNonNull(createHostPath, "createHostPath");
            Objects.requireNonNull(recursive, "recursive");
            Objects.requireNonNull(selinux, "selinux");
            extensions = Copies.ordered(extensions);
        }

        public static BindOptions none() {
            return new BindOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
        }
    }

    /** {@code volume:} options. */
    public record VolumeOptions(boolean nocopy, Optional<String> subpath, List<KeyValue> labels,
            Map<String, YValue> extensions) {
        public VolumeOptions {
            Objects.requireNonNull(subpath, "subpath");
            labels = List.copyOf(labels);
            extensions = Copies.ordered(extensions);
        }

        public static VolumeOptions none() {
            return new VolumeOptions(false, Optional.empty(), List.of(), Map.of());
        }
    }

    /** {@code tmpfs:} options; {@code mode} is the numeric file mode. */
    public record TmpfsOptions(Optional<ByteSize> size, Optional<Long> mode, Map<String, YValue> extensions) {
        public TmpfsOptions {
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(mode, "mode");
            extensions = Copies.ordered(extensions);
        }
    }

    /** {@code image:} options. */
    public record ImageOptions(Optional<String> subpath, Map<String, YValue> extensions) {
        public ImageOptions {
            Objects.requireNonNull(subpath, "subpath");
            extensions = Copies.ordered(extensions);
        }
    }
}
