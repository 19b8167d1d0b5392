package org.stackcanvas.env;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads {@code .env} / {@code env_file} text the way Compose does (compose-go's {@code dotenv}
 * parser), so the editor agrees with {@code docker compose} about every value:
 * <ul>
 *   <li>blank lines and lines starting with {@code #} are skipped; a leading UTF-8 BOM is ignored;
 *       CRLF line ends work (the {@code \r} is trimmed from unquoted values and keys);</li>
 *   <li>{@code KEY=VALUE} or YAML-like {@code KEY: VALUE}, optionally after {@code export };
 *       names may hold letters, digits, {@code _ . - [ ]};</li>
 *   <li>unquoted values are trimmed and lose an inline comment that starts with {@code " #"};</li>
 *   <li>{@code 'single'} quotes are literal; {@code "double"} quotes expand backslash escapes; both
 *       may span lines and take {@code \'} / {@code \"} for the quote itself;</li>
 *   <li>unquoted and double-quoted values are interpolated ({@link Interpolator}); a name is looked
 *       up first in {@code lookup}, then among the keys already read from this file — the order
 *       compose-go uses, which lets the process environment win;</li>
 *   <li>a {@code KEY} with no {@code =} takes its value from {@code lookup}, and is left out when
 *       lookup has none.</li>
 * </ul>
 * Stateless; each call to {@link #parse} keeps its own state.
 */
public final class DotEnvParser {

    /**
     * @param text     the file's content
     * @param fileName shown in errors
     * @param lookup   values from outside the file (for Compose: the process environment, then
     *                 earlier env files); it must return {@link Optional#empty()} for unknown names
     * @return the variables in file order
     */
    public Map<String, String> parse(String text, String fileName, Function<String, Optional<String>> lookup)
            throws EnvFileException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(lookup, "lookup");
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new Run(source, fileName, lookup).statements();
    }

    /** The state of one parse: a cursor over the text and the variables read so far. */
    private static final class Run {

        private final String src;
        private final String fileName;
        private final Function<String, Optional<String>> lookup;
        private final Map<String, String> out = new LinkedHashMap<>();
        private int pos;

        Run(String src, String fileName, Function<String, Optional<String>> lookup) {
            this.src = src;
            this.fileName = fileName;
            this.lookup = lookup;
        }

        Map<String, String> statements() throws EnvFileException {
            while (toNextStatement()) {
                statement();
            }
            return out;
        }

        /** Skips blank space and comment lines; false at the end of the text. */
        private boolean toNextStatement() {
            while (true) {
                while (pos < src.length() && EnvChars.isSpace(src.charAt(pos))) {
                    pos++;
                }
                if (pos >= src.length()) {
                    return false;
                }
                if (src.charAt(pos) != '#') {
                    return true;
                }
                int newline = src.indexOf('\n', pos);
                if (newline < 0) {
                    pos = src.length();
                    return false;
                }
                pos = newline;
            }
        }

        private void statement() throws EnvFileException {
            skipExport();
            int keyStart = pos;
            int end = pos;
            char terminator = 0;
            while (end < src.length()) {
                int cp = src.codePointAt(end);
                if (cp == '=' || cp == ':' || cp == '\n') {
                    terminator = (char) cp;
                    break;
                }
                if (!EnvChars.isInlineSpace(cp) && !EnvChars.isKeyChar(cp)) {
                    throw error(end, "unexpected character \"" + Character.toString(cp)
                            + "\" in variable name \"" + lineFrom(keyStart) + "\"; a name may contain"
                            + " letters, digits, '_', '.', '-', '[' and ']' and ends at '=' or ':'");
                }
                end += Character.charCount(cp);
            }
            String key = EnvChars.trimRight(src.substring(keyStart, end));
            if (key.codePoints().anyMatch(EnvChars::isInlineSpace)) {
                throw error(keyStart, "variable name \"" + key + "\" contains a space;"
                        + " remove it or join the words with '_'");
            }
            if (terminator != '=' && terminator != ':') {
                // A name alone on its line. compose-go also means this at the very end of a file
                // without a final newline, but there it mistakes the name for a value of "";
                // we follow the intent rather than that slip.
                pos = Math.min(end + 1, src.length());
                inherit(key);
                return;
            }
            pos = end + 1;
            skipInlineSpace();
            String value = pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')
                    ? quoted() : unquoted();
            out.put(key, value);
        }

        /** {@code export} followed by white space (Go's {@code \s}, so a newline counts too). */
        private void skipExport() {
            int after = pos + "export".length();
            if (src.startsWith("export", pos) && after < src.length()
                    && " \t\n\f\r".indexOf(src.charAt(after)) >= 0) {
                pos = after;
                skipInlineSpace();
            }
        }

        private void inherit(String key) {
            if (key.isEmpty()) {
                return; // only "export" alone on a line gets here; there is nothing to look up
            }
            Optional<String> value = Objects.requireNonNull(lookup.apply(key), "lookup returned null");
            value.ifPresent(v -> out.put(key, v));
        }

        private String unquoted() throws EnvFileException {
            int start = pos;
            int newline = src.indexOf('\n', pos);
            int lineEnd = newline < 0 ? src.length() : newline;
            String raw = src.substring(pos, lineEnd);
            int comment = raw.indexOf(" #");
            if (comment >= 0) {
                raw = raw.substring(0, comment);
            }
            pos = newline < 0 ? src.length() : newline + 1;
            return interpolate(EnvChars.trimRight(raw), start);
        }

        /**
         * A quoted value up to the matching unescaped quote. A backslash before the quote drops out;
         * any other backslash stays for {@link DoubleQuoteEscapes} (double quotes) or stays for good
         * (single quotes). Text after the closing quote is read as the next statement, as in
         * compose-go, so only a {@code #} comment belongs there.
         */
        private String quoted() throws EnvFileException {
            int open = pos;
            char quote = src.charAt(open);
            StringBuilder raw = new StringBuilder();
            boolean escaped = false;
            for (int i = open + 1; i < src.length(); i++) {
                char c = src.charAt(i);
                if (escaped) {
                    escaped = false;
                    if (c != quote) {
                        raw.append('\\');
                    }
                    raw.append(c);
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == quote) {
                    pos = i + 1;
                    return quote == '"' ? interpolate(DoubleQuoteEscapes.expand(raw.toString()), open)
                            : raw.toString();
                } else {
                    raw.append(c);
                }
            }
            throw error(open, "unterminated quoted value " + lineFrom(open) + "; add the closing " + quote
                    + " (write \\" + quote + " for a " + quote + " inside the value)");
        }

        private String interpolate(String text, int offset) throws EnvFileException {
            try {
                return new Interpolator(this::resolve).interpolate(text).value();
            } catch (InterpolationException e) {
                throw error(offset, e.getMessage());
            }
        }

        private Optional<String> resolve(String name) {
            Optional<String> outside = Objects.requireNonNull(lookup.apply(name), "lookup returned null");
            if (outside.isPresent() || !out.containsKey(name)) {
                return outside;
            }
            return Optional.of(out.get(name));
        }

        private void skipInlineSpace() {
            while (pos < src.length() && EnvChars.isInlineSpace(src.charAt(pos))) {
                pos++;
            }
        }

        private String lineFrom(int offset) {
            int newline = src.indexOf('\n', offset);
            return EnvChars.trimRight(src.substring(offset, newline < 0 ? src.length() : newline));
        }

        private EnvFileException error(int offset, String message) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (src.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new EnvFileException(fileName, line, offset - lineStart + 1, message);
        }
    }
}
