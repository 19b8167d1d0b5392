package org.stackcanvas.model;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;
import org.stackcanvas.model.ServiceVolume.BindOptions;
import org.stackcanvas.model.ServiceVolume.ImageOptions;
import org.stackcanvas.model.ServiceVolume.MountType;
import org.stackcanvas.model.ServiceVolume.TmpfsOptions;
import org.stackcanvas.model.ServiceVolume.VolumeOptions;

/** Reads the items of {@code ports}, {@code volumes}, {@code secrets} and {@code configs}, short or long. */
final class MountReader {

    private final Consumer<ModelProblem> problems;

    MountReader(Consumer<ModelProblem> problems) {
        this.problems = problems;
    }

    Optional<PortMapping> port(YValue v) {
        if (v instanceof YScalar s && !s.isNull()) {
            Parsed<PortMapping> p = PortSyntax.parse(s.text(), s.location());
            p.error().ifPresent(m -> problem(s, m));
            return p.value();
        }
        if (!(v instanceof YMap m)) {
            problem(v, "a port must be a number, a string like \"8080:80\" or a mapping, not " + v.describeKind());
            return Optional.empty();
        }
        Attributes a = new Attributes(m, "ports.", problems);
        Optional<String> target = a.read("target", t -> a.scalar(t, "target").map(YScalar::text));
        Optional<String> published = a.read("published", t -> a.scalar(t, "published").map(YScalar::text));
        Optional<String> hostIp = a.string("host_ip");
        String protocol = a.string("protocol").orElse(PortMapping.DEFAULT_PROTOCOL);
        String mode = a.string("mode").orElse(PortMapping.DEFAULT_MODE);
        PortMapping port = new PortMapping(target.orElse(""), published, hostIp, protocol, mode, a.string("name"),
                a.string("app_protocol"), Optional.empty(), a.extensions(), m.location());
        a.rejectRest("a port");
        if (target.isEmpty()) {
            a.problem(m.location(), "a port needs a target (the container port)");
            return Optional.empty();
        }
        checkPort(m, a, "target", target.get(), true);
        published.ifPresent(p -> checkPort(m, a, "published", p, false));
        hostIp.filter(ip -> !Interpolation.hasVariable(ip) && !IpAddresses.isValid(ip))
                .ifPresent(ip -> a.problem(m.get("host_ip").location(), "'" + ip + "' is not an IP address"));
        if (!PortSyntax.PROTOCOLS.contains(protocol.toLowerCase(Locale.ROOT)) && !Interpolation.hasVariable(protocol)) {
            a.problem(m.get("protocol").location(), "'" + protocol + "' is not a protocol; use tcp, udp or sctp");
        }
        return Optional.of(port);
    }

    private static void checkPort(YMap m, Attributes a, String key, String text, boolean single) {
        if (Interpolation.hasVariable(text)) {
            return;
        }
        Parsed<PortRange> range = PortRange.parse(text);
        if (!range.isOk()) {
            a.problem(m.get(key).location(), "ports." + key + ": " + range.errorMessage());
        } else if (single && !range.get().isSingle()) {
            a.problem(m.get(key).location(), "ports." + key
                    + " must be a single port in the long syntax; write one entry per port");
        }
    }

    Optional<ServiceVolume> volume(YValue v) {
        if (v instanceof YScalar s && !s.isNull()) {
            Parsed<ServiceVolume> p = VolumeSyntax.parse(s.text(), s.location());
            p.error().ifPresent(m -> problem(s, m));
            return p.value();
        }
        if (!(v instanceof YMap m)) {
            problem(v, "a volume must be a string like \"data:/data\" or a mapping, not " + v.describeKind());
            return Optional.empty();
        }
        Attributes a = new Attributes(m, "volumes.", problems);
        Optional<String> typeText = a.string("type");
        Optional<MountType> type = typeText.flatMap(MountType::of);
        ServiceVolume volume = new ServiceVolume(type.orElse(MountType.VOLUME), a.string("source"),
                a.string("target").orElse(""), a.bool("read_only").orElse(false), a.string("consistency"),
                a.object("bind", this::bind), a.object("volume", this::volumeOptions),
                a.object("tmpfs", this::tmpfs), a.object("image", this::image), Optional.empty(),
                a.extensions(), m.location());
        a.rejectRest("a volume mount");
        if (typeText.isEmpty()) {
            a.problem(m.location(), "a volume mount needs a type: bind, volume, tmpfs, npipe, cluster or image");
            return Optional.empty();
        }
        if (type.isEmpty()) {
            a.problem(m.get("type").location(), "'" + typeText.get()
                    + "' is not a mount type; use bind, volume, tmpfs, npipe, cluster or image");
            return Optional.empty();
        }
        if (volume.target().isEmpty()) {
            a.problem(m.location(), "a volume mount needs a target (the path in the container)");
        }
        return Optional.of(volume);
    }

    private BindOptions bind(Attributes a) {
        BindOptions b = new BindOptions(a.string("propagation"), a.bool("create_host_path"), a.string("recursive"),
                a.string("selinux"), a.extensions());
        a.rejectRest("bind options");
        return b;
    }

    private VolumeOptions volumeOptions(Attributes a) {
        VolumeOptions o = new VolumeOptions(a.bool("nocopy").orElse(false), a.string("subpath"),
                a.keyValues("labels"), a.extensions());
        a.rejectRest("volume options");
        return o;
    }

    private TmpfsOptions tmpfs(Attributes a) {
        TmpfsOptions t = new TmpfsOptions(a.byteSize("size"), a.fileMode("mode"), a.extensions());
        a.rejectRest("tmpfs options");
        return t;
    }

    private ImageOptions image(Attributes a) {
        ImageOptions i = new ImageOptions(a.string("subpath"), a.extensions());
        a.rejectRest("image options");
        return i;
    }

    /** A secret or config used by a service: its name, or the long form. */
    Optional<FileReference> fileReference(YValue v, String what) {
        if (v instanceof YScalar s && !s.isNull()) {
            return Optional.of(FileReference.named(s.text(), s.location()));
        }
        if (!(v instanceof YMap m)) {
            problem(v, "a " + what + " must be a name or a mapping, not " + v.describeKind());
            return Optional.empty();
        }
        Attributes a = new Attributes(m, what + "s.", problems);
        Optional<String> source = a.string("source");
        FileReference ref = new FileReference(source.orElse(""), a.string("target"), a.string("uid"),
                a.string("gid"), a.fileMode("mode"), a.extensions(), m.location());
        a.rejectRest("a " + what + " reference");
        if (source.isEmpty()) {
            a.problem(m.location(), "a " + what + " reference needs a source (the " + what + "'s name)");
            return Optional.empty();
        }
        return Optional.of(ref);
    }

    private void problem(YValue at, String message) {
        problems.accept(new ModelProblem(at.location(), message));
    }
}
