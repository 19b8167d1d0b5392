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

    private final Map<TreePath.Pattern, Indexer> indexers;

    private UniqueItems(Map<TreePath.Pattern, Indexer> indexers) {
        this.indexers = indexers;
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
        return (YMap) walk(model, TreePath.root());
    }

    private YValue walk(YValue value, TreePath path) {
        if (value instanceof YMap map) {
            Map<String, YMap.Entry> entries = new LinkedHashMap<>();
            for (YMap.Entry e : map.entryList()) {
                entries.put(e.key(), e.withValue(walk(e.value(), path.child(e.key()))));
            }
            return map.withEntries(entries);
        }
        if (value instanceof YList list) {
            Indexer indexer = indexerFor(path);
            List<YValue> items = new ArrayList<>(list.size());
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                YValue item = walk(list.get(i), path.item(i));
                Optional<String> key = indexer == null ? Optional.empty() : indexer.key(item);
                Integer earlier = key.map(seen::get).orElse(null);
                if (earlier != null) {
                    items.set(earlier, item);
                } else {
                    key.ifPresent(k -> seen.put(k, items.size()));
                    items.add(item);
                }
            }
            return list.withItems(items);
        }
        return value;
    }

    private Indexer indexerFor(TreePath path) {
        for (Map.Entry<TreePath.Pattern, Indexer> e : indexers.entrySet()) {
            if (path.matches(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Optional<String> text(YValue item) {
        return item instanceof YScalar s && !s.isNull() ? Optional.of(s.text()) : Optional.empty();
    }
}
