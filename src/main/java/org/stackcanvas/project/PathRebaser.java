package org.stackcanvas.project;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * Moves the relative paths of a service or model written for one folder so they mean the same
 * thing from another folder: a service taken with {@code extends} from {@code common/base.yml}
 * keeps {@code build: .} pointing at {@code common}, and an included project keeps its own files.
 * The attributes are those compose-go resolves (build context and additional contexts, env and
 * label files, bind-mount sources, watch paths, config and secret files, local bind volumes).
 * Results stay relative where they can, so the effective model still reads like the user's files.
 */
final class PathRebaser {

    private static final List<String> REMOTE_PREFIXES =
            List.of("https://", "http://", "git://", "ssh://", "github.com/", "git@");

    /** The folder the values were written for, seen from the folder they are moved to; "" for the same. */
    private final String prefix;

    private PathRebaser(String prefix) {
        this.prefix = prefix;
    }

    /** Rebases values written for {@code sourceBase} so they mean the same from {@code targetBase}. */
    static PathRebaser between(Path targetBase, Path sourceBase) {
        Path target = targetBase.toAbsolutePath().normalize();
        Path source = sourceBase.toAbsolutePath().normalize();
        if (target.equals(source)) {
            return new PathRebaser("");
        }
        if (!Objects.equals(target.getRoot(), source.getRoot())) {
            return new PathRebaser(FileNames.slashes(source.toString()));
        }
        return new PathRebaser(FileNames.slashes(target.relativize(source).toString()));
    }

    boolean isIdentity() {
        return prefix.isEmpty();
    }

    /** One path string, moved; absolute, home-relative and empty paths stay as they are. */
    String path(String path) {
        if (isIdentity() || path.isEmpty() || path.startsWith("~") || path.startsWith("/")
                || VolumeSpec.isWindowsAbsolute(path)) {
            return path;
        }
        String joined = normalize(prefix + "/" + path);
        if (joined.startsWith("/") || VolumeSpec.isWindowsAbsolute(joined) || joined.startsWith("..")) {
            return joined;
        }
        return joined.isEmpty() ? "." : "./" + joined;
    }

    YMap model(YMap model) {
        if (isIdentity()) {
            return model;
        }
        YMap result = model;
        result = eachEntry(result, "services", this::service);
        result = eachEntry(result, "configs", c -> c instanceof YMap m ? scalarAt(m, "file") : c);
        result = eachEntry(result, "secrets", c -> c instanceof YMap m ? scalarAt(m, "file") : c);
        result = eachEntry(result, "volumes", this::bindVolume);
        return result;
    }

    YValue service(YValue value) {
        if (isIdentity() || !(value instanceof YMap service)) {
            return value;
        }
        YMap s = service;
        if (s.get("build") instanceof YScalar context && isLocalContext(context.text())) {
            s = s.with("build", context.withText(path(context.text())));
        } else if (s.get("build") instanceof YMap build) {
            YMap b = build;
            if (b.get("context") instanceof YScalar context && isLocalContext(context.text())) {
                b = b.with("context", context.withText(path(context.text())));
            }
            b = replace(b, "additional_contexts", this::additionalContexts);
            s = s.with("build", b);
        }
        s = replace(s, "env_file", this::fileList);
        s = replace(s, "label_file", this::fileList);
        s = replace(s, "volumes", v -> v instanceof YList list ? list.withItems(map(list.items(), this::mount)) : v);
        s = replace(s, "develop", d -> d instanceof YMap develop ? replace(develop, "watch",
                w -> w instanceof YList list ? list.withItems(map(list.items(),
                        r -> r instanceof YMap rule ? scalarAt(rule, "path") : r)) : w) : d);
        return s;
    }

    private YValue additionalContexts(YValue value) {
        if (value instanceof YMap contexts) {
            Map<String, YMap.Entry> entries = new LinkedHashMap<>();
            for (YMap.Entry e : contexts.entryList()) {
                entries.put(e.key(), e.value() instanceof YScalar s && isLocalContext(s.text())
                        ? e.withValue(s.withText(path(s.text()))) : e);
            }
            return contexts.withEntries(entries);
        }
        if (value instanceof YList list) {
            return list.withItems(map(list.items(), item -> {
                if (item instanceof YScalar s && s.text().contains("=")) {
                    int eq = s.text().indexOf('=');
                    String target = s.text().substring(eq + 1);
                    return isLocalContext(target) ? s.withText(s.text().substring(0, eq + 1) + path(target)) : s;
                }
                return item;
            }));
        }
        return value;
    }

    private YValue fileList(YValue value) {
        if (value instanceof YScalar s) {
            return s.isNull() ? s : s.withText(path(s.text()));
        }
        if (value instanceof YList list) {
            return list.withItems(map(list.items(), item -> item instanceof YMap m ? scalarAt(m, "path")
                    : item instanceof YScalar s && !s.isNull() ? s.withText(path(s.text())) : item));
        }
        return value;
    }

    private YValue mount(YValue item) {
        if (item instanceof YScalar s && !s.isNull()) {
            String source = VolumeSpec.source(s.text());
            if (source != null && VolumeSpec.isHostPath(source)) {
                return s.withText(path(source) + s.text().substring(source.length()));
            }
            return s;
        }
        if (item instanceof YMap m && m.text("type").orElse("").equals("bind")) {
            return scalarAt(m, "source");
        }
        return item;
    }

    private YValue bindVolume(YValue value) {
        if (value instanceof YMap volume && volume.text("driver").orElse("").equals("local")
                && volume.get("driver_opts") instanceof YMap opts && opts.text("o").orElse("").equals("bind")) {
            return volume.with("driver_opts", scalarAt(opts, "device"));
        }
        return value;
    }

    private YMap scalarAt(YMap map, String key) {
        return map.get(key) instanceof YScalar s && !s.isNull() ? map.with(key, s.withText(path(s.text()))) : map;
    }

    private static boolean isLocalContext(String context) {
        return !context.contains("://") && !context.startsWith("service:")
                && REMOTE_PREFIXES.stream().noneMatch(context::startsWith);
    }

    private static YMap replace(YMap map, String key, java.util.function.UnaryOperator<YValue> change) {
        YValue value = map.get(key);
        return value == null ? map : map.with(key, change.apply(value));
    }

    private static YMap eachEntry(YMap model, String key, java.util.function.UnaryOperator<YValue> change) {
        Optional<YMap> section = model.map(key);
        if (section.isEmpty()) {
            return model;
        }
        Map<String, YMap.Entry> entries = new LinkedHashMap<>();
        for (YMap.Entry e : section.get().entryList()) {
            entries.put(e.key(), e.withValue(change.apply(e.value())));
        }
        return model.with(key, section.get().withEntries(entries));
    }

    private static List<YValue> map(List<YValue> items, java.util.function.UnaryOperator<YValue> change) {
        List<YValue> out = new ArrayList<>(items.size());
        for (YValue item : items) {
            out.add(change.apply(item));
        }
        return out;
    }

    /** Resolves {@code .} and {@code ..} in a {@code /}-separated path, keeping leading {@code ..}. */
    static String normalize(String path) {
        boolean absolute = path.startsWith("/");
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else if (!(part.equals("..") && absolute)) {
                parts.addLast(part);
            }
        }
        String joined = String.join("/", parts);
        return absolute ? "/" + joined : joined;
    }
}
