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

    /** Parses what {@link #format} writes; a file that is not a layout reads as no positions. */
    public static Map<String, Position> parse(String text) {
        try {
            return LayoutJson.positions(text);
        } catch (LayoutJson.SyntaxError e) {
            return new LinkedHashMap<>();
        }
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
}
