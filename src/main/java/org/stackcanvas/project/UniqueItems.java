package org.stackcanvas.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * Removes the duplicates that appending lists creates, as compose-go's {@code EnforceUnicity}
 * does: items with the same key collapse into one, the later item taking the earlier one's place.
 * The key is what makes an item unique for Compose: a volume's target, a port's whole definition,
 * a capability's name, the part of {@code KEY=VALUE} before {@code =}, ...
 */
final class UniqueItems {

    /** The identity of one list item; empty when the item has none (it is then always kept). */
    @FunctionalInterface
    interface Indexer {
        Optional<String> key(YValue item);
    }

    static final Indexer KEY_VALUE = item -> text(item).map(t -> {
        int eq = t.indexOf('=');
        return eq < 0 ? t : t.substring(0, eq);
    });

    static final Indexer TEXT = UniqueItems::text;

    static final Indexer VOLUME_TARGET = item -> item instanceof YMap m ? m.text("target")
            : text(item).map(VolumeSpec::target);

    static final Indexer DEVICE_TARGET = item -> {
        if (item instanceof YMap m) {
            return m.text("target");
        }
        return text(item).map(t -> {
            String[] parts = t.split(":");
            return parts.length == 1 ? parts[0] : parts[1];
        });
    };

    static final Indexer PORT = item -> {
        if (item instanceof YMap m) {
            return Optional.of(m.text("host_ip").orElse("0.0.0.0") + ":" + m.text("published").orElse("")
                    + ":" + m.text("target").orElse("") + "/" + m.text("protocol").orElse("tcp"));
        }
        return text(item);
    };

    static final Indexer ENV_FILE = item -> item instanceof YMap m ? m.text("path") : text(item);

    /** Secrets and configs: the mount target, which defaults from the source name. */
    static Indexer mount(String defaultDirectory) {
        return item -> {
            if (item instanceof YMap m) {
                Optional<String> target = m.text("target");
                return target.isPresent() ? target : m.text("source").map(s -> defaultDirectory + "/" + s);
            }
            return text(item).map(s -> defaultDirectory + "/" + s);
        };
    }

    // The patterns as a tree of segments, so a walk leaves at once every branch no pattern reaches
    // (most of a service) instead of naming each value's path.
    private final Step patterns = new Step();

    /** One segment of the patterns: its named and {@code *} children, and the indexer of a pattern ending here. */
    private static final class Step {
        final Map<String, Step> named = new HashMap<>();
        Step any;
        Indexer indexer;
        int order = Integer.MAX_VALUE;

        Step child(String part) {
            if (part.equals("*")) {
                if (any == null) {
                    any = new Step();
                }
                return any;
            }
            return named.computeIfAbsent(part, p -> new Step());
        }
    }

    private UniqueItems(Map<TreePath.Pattern, Indexer> indexers) {
        int order = 0;
        for (Map.Entry<TreePath.Pattern, Indexer> e : indexers.entrySet()) {
            Step step = patterns;
            for (String part : e.getKey().toString().split("\\.")) {
                step = step.child(part);
            }
            if (step.indexer == null) {
                step.indexer = e.getValue();
                step.order = order;
            }
            order++;
        }
    }

    static UniqueItems compose() {
        Map<TreePath.Pattern, Indexer> t = new LinkedHashMap<>();
        put(t, KEY_VALUE, "services.*.cap_add", "services.*.cap_drop", "services.*.dns", "services.*.dns_opt",
                "services.*.dns_search", "services.*.environment", "services.*.labels", "services.*.annotations",
                "services.*.links", "services.*.profiles", "services.*.sysctls", "services.*.tmpfs",
                "services.*.networks.*.aliases", "services.*.networks.*.link_local_ips",
                "services.*.build.args", "services.*.build.additional_contexts", "services.*.build.platforms",
                "services.*.build.tags", "services.*.build.labels", "services.*.deploy.labels",
                "networks.*.labels", "networks.*.ipam.options");
        put(t, TEXT, "services.*.expose");
        put(t, VOLUME_TARGET, "services.*.volumes");
        put(t, DEVICE_TARGET, "services.*.devices");
        put(t, PORT, "services.*.ports");
        put(t, ENV_FILE, "services.*.env_file");
        put(t, mount("/run/secrets"), "services.*.secrets");
        put(t, mount(""), "services.*.configs");
        return new UniqueItems(t);
    }

    private static void put(Map<TreePath.Pattern, Indexer> table, Indexer indexer, String... patterns) {
        for (String pattern : patterns) {
            table.put(TreePath.Pattern.compile(pattern), indexer);
        }
    }

    YMap apply(YMap model) {
        return (YMap) walk(model, List.of(patterns));
    }

    /** {@code steps}: where this value's path is in the patterns. The same object when nothing changes. */
    private YValue walk(YValue value, List<Step> steps) {
        if (value instanceof YMap map) {
            return map.mapEntries(e -> {
                List<Step> next = next(steps, e.key());
                YValue done = next.isEmpty() ? e.value() : walk(e.value(), next);
                return done == e.value() ? e : e.withValue(done);
            });
        }
        if (value instanceof YList list) {
            Indexer indexer = indexerFor(steps);
            if (indexer == null && nextForItem(steps, 0).isEmpty()) {
                return list;
            }
            List<YValue> items = new ArrayList<>(list.size());
            Map<String, Integer> seen = indexer == null ? Map.of() : new HashMap<>();
            boolean changed = false;
            for (int i = 0; i < list.size(); i++) {
                YValue original = list.get(i);
                List<Step> next = nextForItem(steps, i);
                YValue item = next.isEmpty() ? original : walk(original, next);
                changed |= item != original;
                Optional<String> key = indexer == null ? Optional.empty() : indexer.key(item);
                Integer earlier = key.map(seen::get).orElse(null);
                if (earlier != null) {
                    items.set(earlier, item);
                    changed = true;
                } else {
                    key.ifPresent(k -> seen.put(k, items.size()));
                    items.add(item);
                }
            }
            return changed ? list.withItems(items) : list;
        }
        return value;
    }

    private static List<Step> next(List<Step> steps, String segment) {
        if (steps.size() == 1) {
            Step step = steps.get(0);
            Step named = step.named.get(segment);
            if (named == null) {
                return step.any == null ? List.of() : List.of(step.any);
            }
            return step.any == null ? List.of(named) : List.of(named, step.any);
        }
        List<Step> next = new ArrayList<>(2);
        for (Step step : steps) {
            Step named = step.named.get(segment);
            if (named != null) {
                next.add(named);
            }
            if (step.any != null) {
                next.add(step.any);
            }
        }
        return next;
    }

    /** A list item's path segment is {@code [n]}; it is only spelt out when some pattern names one. */
    private static List<Step> nextForItem(List<Step> steps, int index) {
        for (Step step : steps) {
            if (!step.named.isEmpty()) {
                return next(steps, "[" + index + "]");
            }
        }
        List<Step> next = new ArrayList<>(steps.size());
        for (Step step : steps) {
            if (step.any != null) {
                next.add(step.any);
            }
        }
        return next;
    }

    /** The indexer of the first pattern in the table that the path matches, or null. */
    private static Indexer indexerFor(List<Step> steps) {
        Step found = null;
        for (Step step : steps) {
            if (step.indexer != null && (found == null || step.order < found.order)) {
                found = step;
            }
        }
        return found == null ? null : found.indexer;
    }

    private static Optional<String> text(YValue item) {
        return item instanceof YScalar s && !s.isNull() ? Optional.of(s.text()) : Optional.empty();
    }
}
