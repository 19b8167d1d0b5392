package org.stackcanvas.diagram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the node positions of a layout file ({@code .stackcanvas-layout.json}): a JSON object from
 * node id to {@code {"x": .., "y": ..}}. A {@code "nodes"} or {@code "positions"} member holding
 * such an object is read too, so a file with a version header works. Other members are ignored.
 * A small parser of its own: the file is tiny and the CLI should not depend on a JSON library
 * that only arrives through another dependency.
 */
public final class LayoutJson {

    /** Malformed JSON, with the character offset where reading stopped. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message, int offset) {
            super(message + " at offset " + offset);
        }
    }

    private final String text;
    private int at;

    private LayoutJson(String text) {
        this.text = text;
    }

    public static Map<String, Position> positions(String json) throws SyntaxError {
        LayoutJson reader = new LayoutJson(json);
        reader.space();
        Object root = reader.value(0);
        reader.space();
        if (reader.at < json.length()) {
            throw new SyntaxError("unexpected text after the JSON value", reader.at);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new SyntaxError("the layout must be a JSON object", 0);
        }
        Map<String, Position> positions = new LinkedHashMap<>();
        collect(map, positions);
        for (String wrapper : new String[] {"nodes", "positions"}) {
            if (map.get(wrapper) instanceof Map<?, ?> inner) {
                collect(inner, positions);
            }
        }
        return positions;
    }

    private static void collect(Map<?, ?> map, Map<String, Position> positions) {
        map.forEach((key, value) -> {
            if (value instanceof Map<?, ?> point && point.get("x") instanceof Double x && point.get("y") instanceof Double y
                    && Double.isFinite(x) && Double.isFinite(y)) {
                positions.put((String) key, new Position(x, y));
            }
        });
    }

    private Object value(int depth) throws SyntaxError {
        if (depth > 64) {
            throw new SyntaxError("nested too deeply", at);
        }
        if (at >= text.length()) {
            throw new SyntaxError("unexpected end", at);
        }
        char c = text.charAt(at);
        if (c == '{') {
            at++;
            Map<String, Object> map = new LinkedHashMap<>();
            space();
            if (peek('}')) {
                at++;
                return map;
            }
            while (true) {
                space();
                if (!peek('"')) {
                    throw new SyntaxError("expected a member name", at);
                }
                String key = string();
                space();
                expect(':');
                space();
                map.put(key, value(depth + 1));
                space();
                if (peek(',')) {
                    at++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }
        if (c == '[') {
            at++;
            java.util.List<Object> list = new java.util.ArrayList<>();
            space();
            if (peek(']')) {
                at++;
                return list;
            }
            while (true) {
                space();
                list.add(value(depth + 1));
                space();
                if (peek(',')) {
                    at++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }
        if (c == '"') {
            return string();
        }
        for (String word : new String[] {"true", "false", "null"}) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return word.equals("null") ? null : Boolean.valueOf(word);
            }
        }
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        try {
            return Double.valueOf(text.substring(start, at));
        } catch (NumberFormatException e) {
            throw new SyntaxError("unexpected character '" + c + "'", start);
        }
    }

    private String string() throws SyntaxError {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                if (at >= text.length()) {
                    break;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw new SyntaxError("short \\u escape", at);
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw new SyntaxError("bad \\u escape", at);
                        }
                        at += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        throw new SyntaxError("unclosed string", at);
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) throws SyntaxError {
        if (!peek(c)) {
            throw new SyntaxError("expected '" + c + "'", at);
        }
        at++;
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
