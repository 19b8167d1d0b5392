package org.stackcanvas.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * The exceptions to Compose's default merge (mappings merge key by key, lists append, scalars
 * replace), one small rule per model path, as compose-go's {@code override/merge.go} lists them.
 * Duplicates that appending creates are removed afterwards by {@link UniqueItems}.
 */
final class MergeRules {

    /** Shell commands are replaced, never appended: two halves of a command make no sense. */
    static final MergeRule REPLACE = (base, override, path, merger) -> override;

    /**
     * {@code KEY=VALUE} lists and mappings ({@code environment}, {@code labels}, ...): both sides as
     * mappings, the later file's value winning per key, even a bare {@code KEY} (which unsets it).
     */
    static final MergeRule KEY_VALUE = (base, override, path, merger) -> {
        if (override.isNull()) {
            return base;
        }
        if (base.isNull()) {
            return override;
        }
        YMap b = Forms.keyValueMap(base, path);
        Map<String, YMap.Entry> entries = new LinkedHashMap<>(b.entries());
        for (YMap.Entry e : Forms.keyValueMap(override, path).entryList()) {
            entries.put(e.key(), e);
        }
        return new YMap(entries, b.location());
    };

    /** {@code extra_hosts}: per host, the later file's addresses are added to the earlier ones. */
    static final MergeRule HOSTS = (base, override, path, merger) -> {
        if (override.isNull()) {
            return base;
        }
        if (base.isNull()) {
            return override;
        }
        Map<String, List<YValue>> hosts = Forms.hosts(base, path);
        for (Map.Entry<String, List<YValue>> e : Forms.hosts(override, path).entrySet()) {
            List<YValue> addresses = hosts.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
            for (YValue address : e.getValue()) {
                if (addresses.stream().noneMatch(a -> sameText(a, address))) {
                    addresses.add(address);
                }
            }
        }
        Map<String, YMap.Entry> entries = new LinkedHashMap<>();
        for (Map.Entry<String, List<YValue>> e : hosts.entrySet()) {
            List<YValue> addresses = e.getValue();
            YValue value = addresses.size() == 1 ? addresses.get(0)
                    : new YList(addresses, addresses.get(0).location());
            entries.put(e.getKey(), new YMap.Entry(e.getKey(), addresses.get(0).location(), value));
        }
        return new YMap(entries, base.location());
    };

    /** Service {@code networks} and {@code models}: a list of names is a mapping of names to nothing. */
    static final MergeRule NAMES = (base, override, path, merger) ->
            merger.mergeMappings(names(base, path, YScalar::nullValue), names(override, path, YScalar::nullValue), path);

    /** {@code depends_on: [db]} is {@code db: {condition: service_started, required: true}}. */
    static final MergeRule DEPENDS_ON = (base, override, path, merger) ->
            merger.mergeMappings(names(base, path, Forms::defaultDependency),
                    names(override, path, Forms::defaultDependency), path);

    /** {@code build: ./dir} is {@code build: {context: ./dir}}. */
    static final MergeRule BUILD = (base, override, path, merger) -> {
        if (override.isNull()) {
            return base;
        }
        if (base.isNull()) {
            return override;
        }
        return merger.mergeMappings(Forms.buildMap(base), Forms.buildMap(override), path);
    };

    /** Logging options only merge when both files use the same driver (or one names none). */
    static final MergeRule LOGGING = (base, override, path, merger) -> {
        if (override.isNull()) {
            return base;
        }
        if (base instanceof YMap b && override instanceof YMap o) {
            Optional<String> bd = b.text("driver");
            Optional<String> od = o.text("driver");
            if (bd.isPresent() && od.isPresent() && !bd.equals(od)) {
                return override;
            }
            return merger.mergeMappings(b, o, path);
        }
        return override;
    };

    /** Lists that may be written as one string ({@code dns: 8.8.8.8}): both as lists, appended. */
    static final MergeRule SEQUENCE = (base, override, path, merger) -> {
        if (override.isNull()) {
            return base;
        }
        if (base.isNull()) {
            return override;
        }
        List<YValue> items = new ArrayList<>(Forms.sequence(base).items());
        items.addAll(Forms.sequence(override).items());
        return new YList(items, base.location());
    };

    /** IPAM pools merge per subnet; a pool with a new subnet is added. */
    static final MergeRule IPAM_CONFIG = (base, override, path, merger) -> {
        if (!(base instanceof YList b) || !(override instanceof YList o)) {
            return override.isNull() ? base : override;
        }
        List<YValue> pools = new ArrayList<>(b.items());
        for (YValue pool : o.items()) {
            int same = indexOfSubnet(pools, pool);
            if (same >= 0 && pools.get(same) instanceof YMap existing && pool instanceof YMap added) {
                pools.set(same, merger.mergeMappings(existing, added, path));
            } else {
                pools.add(pool);
            }
        }
        return new YList(pools, b.location());
    };

    private final Map<TreePath.Pattern, MergeRule> rules;

    private MergeRules(Map<TreePath.Pattern, MergeRule> rules) {
        this.rules = rules;
    }

    /** Compose's rules. */
    static MergeRules compose() {
        Map<TreePath.Pattern, MergeRule> t = new LinkedHashMap<>();
        put(t, REPLACE, "services.*.command", "services.*.entrypoint", "services.*.healthcheck.test",
                "services.*.ulimits.*");
        put(t, KEY_VALUE, "services.*.environment", "services.*.labels", "services.*.annotations",
                "services.*.sysctls", "services.*.build.args", "services.*.build.labels",
                "services.*.build.additional_contexts", "services.*.deploy.labels",
                "networks.*.labels", "volumes.*.labels");
        put(t, HOSTS, "services.*.extra_hosts", "services.*.build.extra_hosts");
        put(t, NAMES, "services.*.networks", "services.*.models");
        put(t, DEPENDS_ON, "services.*.depends_on");
        put(t, BUILD, "services.*.build");
        put(t, LOGGING, "services.*.logging");
        put(t, SEQUENCE, "services.*.dns", "services.*.dns_opt", "services.*.dns_search",
                "services.*.env_file", "services.*.label_file", "services.*.tmpfs");
        put(t, IPAM_CONFIG, "networks.*.ipam.config");
        return new MergeRules(t);
    }

    private static void put(Map<TreePath.Pattern, MergeRule> table, MergeRule rule, String... patterns) {
        for (String pattern : patterns) {
            table.put(TreePath.Pattern.compile(pattern), Objects.requireNonNull(rule, "rule"));
        }
    }

    Optional<MergeRule> find(TreePath path) {
        for (Map.Entry<TreePath.Pattern, MergeRule> e : rules.entrySet()) {
            if (path.matches(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    private static YMap names(YValue value, TreePath path, Forms.EntryMaker entry) throws DocumentException {
        if (value.isNull()) {
            return YMap.empty(value.location());
        }
        return Forms.namesMap(value, path, entry);
    }

    private static boolean sameText(YValue a, YValue b) {
        return a instanceof YScalar x && b instanceof YScalar y && x.text().equals(y.text());
    }

    private static int indexOfSubnet(List<YValue> pools, YValue pool) {
        if (!(pool instanceof YMap p) || p.text("subnet").isEmpty()) {
            return -1;
        }
        for (int i = 0; i < pools.size(); i++) {
            if (pools.get(i) instanceof YMap m && m.text("subnet").equals(p.text("subnet"))) {
                return i;
            }
        }
        return -1;
    }
}
