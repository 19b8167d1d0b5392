package org.stackcanvas.document;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Writes new YAML content (a key with its value, or a list item) in the file's own style. Values are
 * plain Java data: {@link String} (a string), {@link YScalar} (kept as typed), {@link Number},
 * {@link Boolean}, {@code null}, {@link Map} with string keys and {@link List}.
 */
public final class BlockWriter {

    private final YamlStyle style;

    public BlockWriter(YamlStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    /** {@code key: value} starting at {@code column}, as lines without a final line ending. */
    public String entry(String key, Object value, int column) {
        List<String> lines = new ArrayList<>();
        entryLines(key, value, column, lines);
        return String.join(style.lineEnding(), lines);
    }

    /** {@code - value} with the dash at {@code column}. */
    public String item(Object value, int column) {
        List<String> lines = new ArrayList<>();
        itemLines(value, column, lines);
        return String.join(style.lineEnding(), lines);
    }

    /** The lines of a value that goes below its key (a non-empty mapping or list). */
    public String blockValue(Object value, int keyColumn) {
        List<String> lines = new ArrayList<>();
        blockLines(value, keyColumn, lines);
        return String.join(style.lineEnding(), lines);
    }

    /** Whether {@code value} is written on its key's line. */
    public static boolean isInline(Object value) {
        return !(value instanceof Map<?, ?> m && !m.isEmpty()) && !(value instanceof List<?> l && !l.isEmpty());
    }

    private void entryLines(String key, Object value, int column, List<String> lines) {
        String head = style.spaces(column) + ScalarWriter.string(key, false) + ":";
        if (isInline(value)) {
            String inline = flow(value);
            lines.add(inline.isEmpty() ? head : head + " " + inline);
        } else {
            lines.add(head);
            blockLines(value, column, lines);
        }
    }

    private void blockLines(Object value, int keyColumn, List<String> lines) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                entryLines(String.valueOf(e.getKey()), e.getValue(), keyColumn + style.indent(), lines);
            }
        } else if (value instanceof List<?> list) {
            int dash = style.indentSequences() ? keyColumn + style.indent() : keyColumn;
            for (Object item : list) {
                itemLines(item, dash, lines);
            }
        }
    }

    private void itemLines(Object value, int dashColumn, List<String> lines) {
        String dash = style.spaces(dashColumn) + "- ";
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            List<String> inner = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                entryLines(String.valueOf(e.getKey()), e.getValue(), dashColumn + 2, inner);
            }
            inner.set(0, dash + inner.get(0).substring(dashColumn + 2));
            lines.addAll(inner);
        } else {
            lines.add(dash + flow(value));
        }
    }

    /** Inline (flow) text of a value; {@code ""} for null so that {@code key:} stays bare. */
    public static String flow(Object value) {
        return flow(value, false);
    }

    /**
     * Inline text of a value written inside a flow collection ({@code [..]} or {@code {..}}), where a
     * comma or bracket in a plain string would split it; null is written {@code null}.
     */
    public static String flowItem(Object value) {
        return flow(value, true);
    }

    private static String flow(Object value, boolean insideFlow) {
        if (value == null) {
            return insideFlow ? "null" : "";
        }
        if (value instanceof String s) {
            return ScalarWriter.string(s, insideFlow);
        }
        if (value instanceof YScalar s) {
            return ScalarWriter.typed(s, insideFlow);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner out = new StringJoiner(", ", "{", "}");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.add(ScalarWriter.string(String.valueOf(e.getKey()), true) + ": " + flow(e.getValue(), true));
            }
            return out.toString();
        }
        if (value instanceof List<?> list) {
            StringJoiner out = new StringJoiner(", ", "[", "]");
            for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
                out.add(flow(it.next(), true));
            }
            return out.toString();
        }
        throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as YAML");
    }

    /** Plain data for a resolved value, for writing a local copy of it. */
    public static Object plain(YValue value) {
        if (value instanceof YMap map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (YMap.Entry e : map.entryList()) {
                out.put(e.key(), plain(e.value()));
            }
            return out;
        }
        if (value instanceof YList list) {
            List<Object> out = new ArrayList<>();
            for (YValue item : list.items()) {
                out.add(plain(item));
            }
            return out;
        }
        YScalar s = (YScalar) value;
        return s.kind() == YScalar.Kind.NULL ? null : s;
    }
}
