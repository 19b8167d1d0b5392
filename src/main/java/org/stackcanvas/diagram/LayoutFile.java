package org.stackcanvas.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.stackcanvas.document.AtomicFileWriter;
import org.stackcanvas.document.DocumentException;

/**
 * The canvas positions of a project, kept beside its compose file in {@value #FILE_NAME} so the
 * compose file never carries editor data. A small JSON object:
 * <pre>{"version": 1, "nodes": {"service:web": {"x": 20, "y": 40}}}</pre>
 * An unreadable file is treated as absent: positions are a convenience, never a reason to fail.
 */
public final class LayoutFile {

    public static final String FILE_NAME = ".stackcanvas-layout.json";

    private LayoutFile() {
    }

    public static Path in(Path projectDirectory) {
        return projectDirectory.resolve(FILE_NAME);
    }

    /** The positions in {@code file}; empty when it is missing or not a layout file. */
    public static Map<String, Position> read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Map.of();
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }

    public static void write(Path file, Map<String, Position> positions) throws DocumentException {
        new AtomicFileWriter().write(file, format(positions).getBytes(StandardCharsets.UTF_8), null);
    }

    /** Sorted by id, so the file changes only where positions did (friendly to version control). */
    public static String format(Map<String, Position> positions) {
        StringBuilder out = new StringBuilder("{\n  \"version\": 1,\n  \"nodes\": {");
        String separator = "\n";
        for (String id : positions.keySet().stream().sorted().toList()) {
            Position p = positions.get(id);
            out.append(separator).append("    ");
            quote(id, out);
            out.append(": {\"x\": ").append(number(p.x())).append(", \"y\": ").append(number(p.y())).append('}');
            separator = ",\n";
        }
        return out.append(positions.isEmpty() ? "}\n}\n" : "\n  }\n}\n").toString();
    }

    /** Parses what {@link #format} writes (and any equivalent JSON spacing). */
    public static Map<String, Position> parse(String text) {
        Object root = new Json(text).document();
        Map<String, Position> out = new LinkedHashMap<>();
        if (root instanceof Map<?, ?> map && map.get("nodes") instanceof Map<?, ?> nodes) {
            for (Map.Entry<?, ?> e : nodes.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> xy && xy.get("x") instanceof Double x
                        && xy.get("y") instanceof Double y && Double.isFinite(x) && Double.isFinite(y)) {
                    out.put((String) e.getKey(), new Position(x, y));
                }
            }
        }
        return out;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Just enough JSON: objects, arrays, strings, numbers, true/false/null. */
    private static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object document() {
            Object v = value();
            space();
            if (i != s.length()) {
                throw new IllegalArgumentException("trailing text at " + i);
            }
            return v;
        }

        private Object value() {
            space();
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end");
            }
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                Map<String, Object> map = new LinkedHashMap<>();
                space();
                if (peek('}')) {
                    return map;
                }
                do {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    map.put(key, value());
                    space();
                } while (peek(','));
                expect('}');
                return map;
            }
            if (c == '[') {
                i++;
                java.util.List<Object> list = new java.util.ArrayList<>();
                space();
                if (peek(']')) {
                    return list;
                }
                do {
                    list.add(value());
                    space();
                } while (peek(','));
                expect(']');
                return list;
            }
            if (c == '"') {
                return string();
            }
            for (String word : new String[] {"true", "false", "null"}) {
                if (s.startsWith(word, i)) {
                    i += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            try {
                return Double.valueOf(s.substring(start, i));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a JSON value at " + start);
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (i < s.length() && s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\' && i < s.length()) {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            if (i + 4 > s.length()) {
                                throw new IllegalArgumentException("bad escape");
                            }
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            expect('"');
            return out.toString();
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private boolean peek(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i);
            }
        }
    }
}
