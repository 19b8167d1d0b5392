package org.stackcanvas.model;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stackcanvas.model.PlainData.Obj;

/** The long form Compose prints for ports, volume mounts, secrets and configs. */
final class CanonicalMounts {

    private CanonicalMounts() {
    }

    /**
     * One entry per container port, as Compose expands ranges: {@code 9090-9091:8080-8081} gives two
     * entries; a host range for a single container port stays a range (Docker picks one port of it).
     */
    static List<Object> ports(List<PortMapping> ports) {
        List<Object> out = new ArrayList<>();
        for (PortMapping p : ports) {
            Optional<PortRange> target = p.targetRange();
            Optional<PortRange> published = p.publishedRange();
            if (target.isEmpty() || target.get().isSingle()) {
                out.add(port(p, target.<Object>map(t -> (long) t.start()).orElse(p.target()), p.published()));
                continue;
            }
            for (int i = 0; i < target.get().size(); i++) {
                int offset = i;
                Optional<String> host = published.map(h -> String.valueOf(h.start() + offset));
                out.add(port(p, (long) (target.get().start() + i), host.or(() -> p.published())));
            }
        }
        return out;
    }

    private static Map<String, Object> port(PortMapping p, Object target, Optional<String> published) {
        return new Obj().opt("name", p.name()).put("mode", p.mode()).opt("host_ip", p.hostIp())
                .put("target", target).opt("published", published).put("protocol", p.protocol())
                .opt("app_protocol", p.appProtocol()).extensions(p.extensions()).build();
    }

    static List<Object> volumes(List<ServiceVolume> volumes) {
        List<Object> out = new ArrayList<>();
        for (ServiceVolume v : volumes) {
            Obj o = new Obj().put("type", v.type().yamlName()).opt("source", v.source())
                    .put("target", v.shortSyntax().isPresent() ? cleanPath(v.target()) : v.target())
                    .flag("read_only", v.readOnly()).opt("consistency", v.consistency());
            v.bind().ifPresent(b -> o.put("bind", new Obj().opt("selinux", b.selinux())
                    .opt("propagation", b.propagation())
                    // A written bind: section creates a missing host path unless told not to.
                    .put("create_host_path", b.createHostPath().orElse(true))
                    .opt("recursive", b.recursive()).extensions(b.extensions()).build()));
            v.volume().ifPresent(vo -> o.put("volume", new Obj().map("labels", PlainData.sorted(vo.labels(), ""))
                    .flag("nocopy", vo.nocopy()).opt("subpath", vo.subpath()).extensions(vo.extensions()).build()));
            v.tmpfs().ifPresent(t -> o.put("tmpfs", new Obj().opt("size", t.size()).opt("mode", t.mode())
                    .extensions(t.extensions()).build()));
            v.image().ifPresent(i -> o.put("image", new Obj().opt("subpath", i.subpath())
                    .extensions(i.extensions()).build()));
            out.add(o.extensions(v.extensions()).build());
        }
        return out;
    }

    /** Secrets default their target to {@code /run/secrets/<source>}; configs keep theirs as written. */
    static List<Object> fileReferences(List<FileReference> refs, boolean secrets) {
        List<Object> out = new ArrayList<>();
        for (FileReference r : refs) {
            Optional<String> target = secrets ? r.target().or(() -> Optional.of("/run/secrets/" + r.source()))
                    : r.target();
            out.add(new Obj().put("source", r.source()).opt("target", target).opt("uid", r.uid())
                    .opt("gid", r.gid()).opt("mode", r.mode()).extensions(r.extensions()).build());
        }
        return out;
    }

    /** Go's {@code path.Clean}, which Compose applies to short-syntax targets ({@code /media/} is {@code /media}). */
    static String cleanPath(String path) {
        if (path.isEmpty()) {
            return path;
        }
        boolean rooted = path.startsWith("/");
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else if (!part.equals("..") || !rooted) {
                parts.addLast(part);
            }
        }
        String joined = String.join("/", parts);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
