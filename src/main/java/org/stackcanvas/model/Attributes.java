package org.stackcanvas.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YTag;
import org.stackcanvas.document.YValue;

/**
 * Reads the attributes of one YAML mapping and remembers which keys it used. A value of the wrong
 * shape is reported and left unused, so {@link #rest()} still holds it and nothing is lost. Null and
 * {@code !reset} values count as absent, as Compose treats them.
 */
final class Attributes {

    private final YMap map;
    private final String path;
    private final Consumer<ModelProblem> problems;
    private final Set<String> consumed = new HashSet<>();
    private final Set<String> failed = new HashSet<>();

    /** {@code path} prefixes attribute names in messages ({@code "healthcheck."}); "" at service level. */
    Attributes(YMap map, String path, Consumer<ModelProblem> problems) {
        this.map = map;
        this.path = path;
        this.problems = problems;
    }

    Consumer<ModelProblem> problems() {
        return problems;
    }

    SourceLocation location() {
        return map.location();
    }

    String path(String key) {
        return path + key;
    }

    void problem(SourceLocation at, String message) {
        problems.accept(new ModelProblem(at, message));
    }

    /**
     * Reads {@code key} with {@code reader}, which returns empty (after reporting why) when it cannot
     * use the value; the key is then kept for {@link #rest()}.
     */
    <T> Optional<T> read(String key, Function<YValue, Optional<T>> reader) {
        YValue v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v.isNull() || v.tag() == YTag.RESET) {
            consumed.add(key);
            return Optional.empty();
        }
        Optional<T> result = reader.apply(v);
        (result.isPresent() ? consumed : failed).add(key);
        return result;
    }

    /** The value at {@code key} without reading it (null and {@code !reset} values count as absent). */
    Optional<YValue> peek(String key) {
        YValue v = map.get(key);
        return v == null || v.isNull() || v.tag() == YTag.RESET ? Optional.empty() : Optional.of(v);
    }

    <T> List<T> readList(String key, Function<YValue, Optional<List<T>>> reader) {
        return read(key, reader).orElse(List.of());
    }

    /** A nested mapping read by {@code reader} with its own attribute reader. */
    <T> Optional<T> object(String key, Function<Attributes, T> reader) {
        return read(key, v -> mapping(v, key).map(m -> reader.apply(new Attributes(m, path(key) + ".", problems))));
    }

    /** A list whose items {@code item} reads; items it cannot read are reported and skipped. */
    <T> List<T> items(String key, Function<YValue, Optional<T>> item) {
        return readList(key, v -> list(v, key).map(l -> {
            List<T> out = new ArrayList<>();
            l.items().forEach(i -> item.apply(i).ifPresent(out::add));
            return out;
        }));
    }

    Optional<String> string(String key) {
        return read(key, v -> scalar(v, key).map(YScalar::text));
    }

    Optional<Boolean> bool(String key) {
        return read(key, v -> typed(v, key, s -> s.kind() == YScalar.Kind.BOOL
                ? Parsed.ok(s.asBoolean()) : ValueSyntax.bool(s.text())));
    }

    Optional<Long> integer(String key) {
        return read(key, v -> typed(v, key, s -> ValueSyntax.integer(s.text())));
    }

    Optional<Double> number(String key) {
        return read(key, v -> typed(v, key, s -> ValueSyntax.number(s.text())));
    }

    Optional<Long> fileMode(String key) {
        return read(key, v -> typed(v, key, ValueSyntax::fileMode));
    }

    Optional<ByteSize> byteSize(String key) {
        return read(key, v -> typed(v, key, s -> (s.kind() == YScalar.Kind.INT
                ? ValueSyntax.integer(s.text()) : ByteSizeSyntax.parse(s.text()))
                .map(bytes -> new ByteSize(bytes, s.text()))));
    }

    Optional<TimeSpan> duration(String key) {
        return read(key, v -> typed(v, key, s -> DurationSyntax.parse(s.text()).map(d -> new TimeSpan(d, s.text()))));
    }

    /** A list of single values (numbers become their text, as Compose does for {@code expose}). */
    List<String> strings(String key) {
        return readList(key, v -> list(v, key).map(l -> texts(l, key)));
    }

    /** The specification's {@code string_or_list}. */
    List<String> stringOrList(String key) {
        return readList(key, v -> v instanceof YScalar s ? Optional.of(List.of(s.text())) : list(v, key).map(l -> texts(l, key)));
    }

    /** The specification's {@code list_or_dict}. */
    List<KeyValue> keyValues(String key) {
        return readList(key, v -> listOrMap(v, key).map(x -> ListOrDictSyntax.parse(x, path(key), problems)));
    }

    /** A mapping of single values, such as {@code driver_opts}; null values read as "". */
    Map<String, String> stringMap(String key) {
        return read(key, v -> mapping(v, key).map(m -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (YMap.Entry e : m.entryList()) {
                if (e.value() instanceof YScalar s) {
                    out.put(e.key(), ValueSyntax.composeText(s));
                } else {
                    problem(e.value().location(), path(key) + "." + e.key() + " must be a single value, not "
                            + e.value().describeKind());
                }
            }
            return out;
        })).orElse(Map.of());
    }

    /** The {@code x-} keys, in order. */
    Map<String, YValue> extensions() {
        Map<String, YValue> out = new LinkedHashMap<>();
        for (YMap.Entry e : map.entryList()) {
            if (e.key().startsWith("x-")) {
                consumed.add(e.key());
                out.put(e.key(), e.value());
            }
        }
        return out;
    }

    /** Keys not read into a typed field (unknown, or of the wrong shape), in order. Call last. */
    Map<String, YValue> rest() {
        Map<String, YValue> out = new LinkedHashMap<>();
        for (YMap.Entry e : map.entryList()) {
            if (!consumed.contains(e.key()) && !e.key().startsWith("x-")) {
                out.put(e.key(), e.value());
            }
        }
        return out;
    }

    /** Reports keys this mapping does not know (for objects that keep no other attributes). Call last. */
    void rejectRest(String what) {
        rest().forEach((key, value) -> {
            if (!failed.contains(key)) {
                problem(map.keyLocation(key), "'" + key + "' is not an attribute of " + what + "; it is ignored");
            }
        });
    }

    Map<String, SourceLocation> keyLocations() {
        Map<String, SourceLocation> out = new LinkedHashMap<>();
        map.entryList().forEach(e -> out.put(e.key(), e.keyLocation()));
        return out;
    }

    // Shape checks shared by the readers; each reports and returns empty on a mismatch.

    Optional<YScalar> scalar(YValue v, String key) {
        if (v instanceof YScalar s) {
            return Optional.of(s);
        }
        problem(v.location(), path(key) + " must be a single value, not " + v.describeKind());
        return Optional.empty();
    }

    Optional<YMap> mapping(YValue v, String key) {
        if (v instanceof YMap m) {
            return Optional.of(m);
        }
        problem(v.location(), path(key) + " must be a mapping, not " + v.describeKind());
        return Optional.empty();
    }

    Optional<YList> list(YValue v, String key) {
        if (v instanceof YList l) {
            return Optional.of(l);
        }
        problem(v.location(), path(key) + " must be a list, not " + v.describeKind());
        return Optional.empty();
    }

    Optional<YValue> listOrMap(YValue v, String key) {
        if (v instanceof YList || v instanceof YMap) {
            return Optional.of(v);
        }
        problem(v.location(), path(key) + " must be a mapping or a list, not " + v.describeKind());
        return Optional.empty();
    }

    /**
     * A scalar converted by {@code parse}. A value that still holds a variable is not reported: it
     * is checked once substituted, and until then stays in {@link #rest()}.
     */
    <T> Optional<T> typed(YValue v, String key, Function<YScalar, Parsed<T>> parse) {
        return scalar(v, key).flatMap(s -> {
            Parsed<T> p = parse.apply(s);
            if (!p.isOk() && !Interpolation.hasVariable(s.text())) {
                problem(s.location(), path(key) + ": " + p.errorMessage());
            }
            return p.value();
        });
    }

    private List<String> texts(YList list, String key) {
        List<String> out = new ArrayList<>();
        for (YValue item : list.items()) {
            if (item instanceof YScalar s && !s.isNull()) {
                out.add(ValueSyntax.composeText(s));
            } else {
                problem(item.location(), path(key) + " entries must be single values, not " + item.describeKind());
            }
        }
        return out;
    }
}
