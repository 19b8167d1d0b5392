package org.stackcanvas.ui.inspector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stackcanvas.document.AtomicFileWriter;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.FileStamp;
import org.stackcanvas.env.DotEnvParser;
import org.stackcanvas.env.EnvFileException;

/**
 * An env file as the editor changes it: the text line by line, so that a change rewrites only the
 * line of the variable it touches and comments, blank lines and everything else stay byte for byte.
 * Values are shown as written and as {@link DotEnvParser} reads them. No JavaFX.
 */
public final class EnvFileModel {

    /** A variable: its value as written on its line, as Compose reads it, and whether it is one line. */
    public record Entry(String key, String raw, String resolved, boolean editable) {
    }

    private static final Pattern ASSIGNMENT = Pattern.compile(
            "^(\\s*(?:export\\s+)?)([A-Za-z0-9_.\\-\\[\\]]+)([ \\t]*[=:][ \\t]*)(.*?)(\\r?\\n)?$", Pattern.DOTALL);

    private final Path file;
    private final Function<String, Optional<String>> lookup;
    private final List<String> lines = new ArrayList<>();
    private FileStamp stamp;
    private String saved;

    private EnvFileModel(Path file, Function<String, Optional<String>> lookup, String text, FileStamp stamp) {
        this.file = file;
        this.lookup = lookup;
        this.stamp = stamp;
        this.saved = text;
        split(text);
    }

    /** Reads {@code file}; a missing file is an empty one, created on save. */
    public static EnvFileModel load(Path file, Function<String, Optional<String>> lookup) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            return new EnvFileModel(file, lookup, "", null);
        }
        byte[] bytes = Files.readAllBytes(file);
        return new EnvFileModel(file, lookup, new String(bytes, StandardCharsets.UTF_8), FileStamp.of(file, bytes));
    }

    public Path file() {
        return file;
    }

    public String text() {
        return String.join("", lines);
    }

    public boolean isChanged() {
        return !text().equals(saved);
    }

    /** The variables in file order; a later line for the same name wins, as in Compose. */
    public List<Entry> entries() {
        Map<String, String> resolved;
        try {
            resolved = new DotEnvParser().parse(text(), file.getFileName().toString(), lookup);
        } catch (EnvFileException e) {
            resolved = Map.of();
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = ASSIGNMENT.matcher(line);
            if (m.matches() && !line.trim().startsWith("#")) {
                String value = value(m.group(4))[0];
                boolean single = !unterminatedQuote(m.group(4));
                out.put(m.group(2), new Entry(m.group(2), value, resolved.getOrDefault(m.group(2), ""), single));
            }
        }
        for (Map.Entry<String, String> e : resolved.entrySet()) {
            out.putIfAbsent(e.getKey(), new Entry(e.getKey(), e.getValue(), e.getValue(), false));
        }
        return new ArrayList<>(out.values());
    }

    /** The parse problem of the current text, if any. */
    public Optional<String> problem() {
        try {
            new DotEnvParser().parse(text(), file.getFileName().toString(), lookup);
            return Optional.empty();
        } catch (EnvFileException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Sets {@code key} to {@code raw} (written as is); only that line changes, or one line is added. */
    public void set(String key, String raw) {
        Objects.requireNonNull(raw, "raw");
        int index = lineOf(key);
        if (index < 0) {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).endsWith("\n")) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "\n");
            }
            lines.add(key + "=" + raw + "\n");
            return;
        }
        Matcher m = ASSIGNMENT.matcher(lines.get(index));
        if (!m.matches()) {
            return;
        }
        String[] parts = value(m.group(4));
        if (parts[0].equals(raw)) {
            return;
        }
        String end = m.group(5) == null ? "" : m.group(5);
        lines.set(index, m.group(1) + key + m.group(3) + raw + parts[1] + end);
    }

    /** Removes the line(s) that set {@code key}. */
    public void remove(String key) {
        for (int index = lineOf(key); index >= 0; index = lineOf(key)) {
            lines.remove(index);
        }
    }

    /** Writes the file atomically; refuses when it changed on disk since it was read. */
    public void save() throws DocumentException {
        String text = text();
        stamp = new AtomicFileWriter().write(file, text.getBytes(StandardCharsets.UTF_8), stamp);
        saved = text;
    }

    private int lineOf(String key) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = ASSIGNMENT.matcher(lines.get(i));
            if (m.matches() && m.group(2).equals(key) && !lines.get(i).trim().startsWith("#")
                    && !unterminatedQuote(m.group(4))) {
                return i;
            }
        }
        return -1;
    }

    private void split(String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
    }

    /** The value as written and what follows it on the line (an inline comment, spaces). */
    private static String[] value(String written) {
        if (!written.isEmpty() && (written.charAt(0) == '"' || written.charAt(0) == '\'')) {
            char quote = written.charAt(0);
            for (int i = 1; i < written.length(); i++) {
                if (written.charAt(i) == '\\') {
                    i++;
                } else if (written.charAt(i) == quote) {
                    return new String[] {written.substring(0, i + 1), written.substring(i + 1)};
                }
            }
            return new String[] {written, ""};
        }
        int comment = written.indexOf(" #");
        String value = comment < 0 ? written : written.substring(0, comment);
        String trimmed = value.stripTrailing();
        return new String[] {trimmed, written.substring(trimmed.length())};
    }

    private static boolean unterminatedQuote(String written) {
        if (written.isEmpty() || (written.charAt(0) != '"' && written.charAt(0) != '\'')) {
            return false;
        }
        String[] parts = value(written);
        return parts[1].isEmpty() && (parts[0].length() < 2 || parts[0].charAt(parts[0].length() - 1) != written.charAt(0));
    }
}
