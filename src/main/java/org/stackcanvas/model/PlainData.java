package org.stackcanvas.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * Conversions to the plain data {@link CanonicalForm} produces: ordered maps, lists, String, Long,
 * Double, Boolean and null. Maps and lists are unmodifiable but may hold nulls (YAML {@code ~}).
 */
final class PlainData {

    private PlainData() {
    }

    /** An untyped YAML value (extensions, other attributes) with scalars typed as YAML 1.2 reads them. */
    static Object of(YValue value) {
        if (value instanceof YMap m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entryList().forEach(e -> out.put(e.key(), of(e.value())));
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof YList l) {
            List<Object> out = new ArrayList<>();
            l.items().forEach(i -> out.add(of(i)));
            return Collections.unmodifiableList(out);
        }
        YScalar s = (YScalar) value;
        return switch (s.kind()) {
            case NULL -> null;
            case BOOL -> s.asBoolean();
            case INT -> ValueSyntax.integer(s.text()).value().<Object>map(x -> x).orElse(s.text());
            case FLOAT -> ValueSyntax.number(s.text()).value().<Object>map(PlainData::number).orElse(s.text());
            case STRING -> s.text();
        };
    }

    /** A typed model value as Compose prints it: durations in Go form, sizes as a byte count string. */
    static Object value(Object v) {
        if (v instanceof TimeSpan t) {
            return t.goText();
        }
        if (v instanceof ByteSize b) {
            return String.valueOf(b.bytes());
        }
        if (v instanceof Double d) {
            return number(d);
        }
        return v;
    }

    /** Whole numbers print without a fraction ({@code cpus: 2}, not {@code 2.0}). */
    static Object number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    }

    /**
     * Key-value entries as a mapping sorted by key (Go prints maps sorted); a key written without a
     * value maps to {@code missing}. Later duplicates win, as in Compose.
     */
    static Map<String, Object> sorted(List<KeyValue> entries, String missing) {
        Map<String, Object> sorted = new TreeMap<>();
        entries.forEach(e -> sorted.put(e.key(), e.value().orElse(missing)));
        return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    static Map<String, Object> sortedStrings(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(map)));
    }

    /** Builds one ordered mapping, leaving out what is absent or empty. */
    static final class Obj {
        private final Map<String, Object> map = new LinkedHashMap<>();

        Obj put(String key, Object value) {
            map.put(key, value(value));
            return this;
        }

        Obj opt(String key, Optional<?> value) {
            value.ifPresent(v -> put(key, v));
            return this;
        }

        Obj list(String key, List<?> list) {
            if (!list.isEmpty()) {
                map.put(key, List.copyOf(list));
            }
            return this;
        }

        Obj map(String key, Map<String, ?> value) {
            if (!value.isEmpty()) {
                map.put(key, value);
            }
            return this;
        }

        /** A plain Go boolean: printed only when true, as {@code omitempty} does. */
        Obj flag(String key, boolean value) {
            if (value) {
                map.put(key, true);
            }
            return this;
        }

        Obj extensions(Map<String, YValue> extensions) {
            extensions.forEach((k, v) -> map.put(k, of(v)));
            return this;
        }

        boolean isEmpty() {
            return map.isEmpty();
        }

        Map<String, Object> build() {
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
    }
}
