package org.stackcanvas.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YTag;
import org.stackcanvas.document.YValue;

/**
 * Conversions between Compose's interchangeable short and long forms, used before two values are
 * merged so a list in one file and a mapping in the other still combine. Every value made here
 * carries the location of the list item it came from.
 */
final class Forms {

    private Forms() {
    }

    /** {@code ["A=1", "B"]} or {@code {A: 1, B: null}} as a mapping; a single string counts as a one-item list. */
    static YMap keyValueMap(YValue value, TreePath path) throws DocumentException {
        if (value instanceof YMap map) {
            return map;
        }
        Map<String, YMap.Entry> entries = new LinkedHashMap<>();
        for (YValue item : itemsOf(value)) {
            String text = textOf(item, path, "KEY=VALUE");
            int eq = text.indexOf('=');
            String key = eq < 0 ? text : text.substring(0, eq);
            YValue entryValue = eq < 0 ? YScalar.nullValue(item.location())
                    : YScalar.string(text.substring(eq + 1), item.location());
            entries.put(key, new YMap.Entry(key, item.location(), entryValue));
        }
        return new YMap(entries, value.location());
    }

    /** {@code [a, b]} as {@code {a: <entry>, b: <entry>}}, where each entry is made by {@code entry}. */
    static YMap namesMap(YValue value, TreePath path, EntryMaker entry) throws DocumentException {
        if (value instanceof YMap map) {
            return map;
        }
        Map<String, YMap.Entry> entries = new LinkedHashMap<>();
        for (YValue item : itemsOf(value)) {
            String name = textOf(item, path, "a name");
            entries.put(name, new YMap.Entry(name, item.location(), entry.make(item.location())));
        }
        return new YMap(entries, value.location());
    }

    /** Makes the value a short-form list item stands for. */
    @FunctionalInterface
    interface EntryMaker {
        YValue make(SourceLocation at);
    }

    /** {@code depends_on: [db]} means {@code db: {condition: service_started, required: true}}. */
    static YValue defaultDependency(SourceLocation at) {
        Map<String, YMap.Entry> entries = new LinkedHashMap<>();
        entries.put("condition", new YMap.Entry("condition", at, YScalar.string("service_started", at)));
        entries.put("required", new YMap.Entry("required", at, new YScalar("true", YScalar.Kind.BOOL, at, YTag.NONE)));
        return new YMap(entries, at);
    }

    /** A string where a list is allowed ({@code dns: 8.8.8.8}) is a one-item list. */
    static YList sequence(YValue value) {
        if (value instanceof YList list) {
            return list;
        }
        return new YList(List.of(value), value.location());
    }

    /** {@code build: ./dir} is {@code build: {context: ./dir}}. */
    static YMap buildMap(YValue value) {
        if (value instanceof YMap map) {
            return map;
        }
        Map<String, YMap.Entry> entries = new LinkedHashMap<>();
        entries.put("context", new YMap.Entry("context", value.location(), value));
        return new YMap(entries, value.location());
    }

    /**
     * {@code extra_hosts} as host to addresses. The list form separates with {@code =} (preferred)
     * or the first {@code :}; a host may map to several addresses.
     */
    static Map<String, List<YValue>> hosts(YValue value, TreePath path) throws DocumentException {
        Map<String, List<YValue>> hosts = new LinkedHashMap<>();
        if (value instanceof YMap map) {
            for (YMap.Entry e : map.entryList()) {
                List<YValue> addresses = hosts.computeIfAbsent(e.key(), k -> new ArrayList<>());
                if (e.value() instanceof YList list) {
                    addresses.addAll(list.items());
                } else {
                    addresses.add(e.value());
                }
            }
            return hosts;
        }
        for (YValue item : itemsOf(value)) {
            String text = textOf(item, path, "HOST=IP");
            int sep = text.indexOf('=');
            if (sep < 0) {
                sep = text.indexOf(':');
            }
            if (sep < 0) {
                throw new DocumentException(item.location(), "'" + text + "' in " + path
                        + " has no address; write it as HOST=IP");
            }
            hosts.computeIfAbsent(text.substring(0, sep), k -> new ArrayList<>())
                    .add(YScalar.string(text.substring(sep + 1), item.location()));
        }
        return hosts;
    }

    static List<YValue> itemsOf(YValue value) {
        if (value instanceof YList list) {
            return list.items();
        }
        if (value.isNull()) {
            return List.of();
        }
        return List.of(value);
    }

    static String textOf(YValue item, TreePath path, String expected) throws DocumentException {
        if (item instanceof YScalar s && !s.isNull()) {
            return s.text();
        }
        throw new DocumentException(item.location(), "each item of " + path + " must be " + expected
                + ", not " + item.describeKind());
    }
}
