package org.stackcanvas.ui.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Splits YAML text into highlighted tokens. A line-oriented lexer, not a parser: it must give
 * sensible colours for text that is half typed and does not parse, and it must be fast enough for
 * a 5,000-line file (it runs off the JavaFX thread, one linear pass). Pure: no JavaFX state.
 */
public final class YamlHighlighter {

    public static final String KEY = "yaml-key";
    public static final String STRING = "yaml-string";
    public static final String NUMBER = "yaml-number";
    public static final String LITERAL = "yaml-literal";
    public static final String COMMENT = "yaml-comment";
    public static final String ANCHOR = "yaml-anchor";
    public static final String ALIAS = "yaml-alias";
    public static final String TAG = "yaml-tag";
    public static final String INTERPOLATION = "yaml-interpolation";
    public static final String PUNCTUATION = "yaml-punctuation";
    public static final String DOCUMENT = "yaml-document";

    /** One coloured range of the text: {@code [start, end)} char offsets. */
    public record Token(int start, int end, String styleClass) {
        public Token {
            Objects.requireNonNull(styleClass, "styleClass");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad range " + start + ".." + end);
            }
        }
    }

    private static final Pattern NUMBER_PATTERN = Pattern.compile(
            "[-+]?(0|[1-9][0-9_]*)(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+([eE][-+]?[0-9]+)?"
                    + "|0x[0-9a-fA-F_]+|0o[0-7]+|0[0-7]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Pattern LITERAL_PATTERN = Pattern.compile(
            "true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|null|Null|NULL|~");

    /** Tokens in text order, not overlapping; text between tokens is unstyled. */
    public List<Token> tokenize(String text) {
        return new Lexer(text).run();
    }

    /** The same tokens as RichTextFX style spans covering the whole text. */
    public StyleSpans<Collection<String>> styleSpans(String text) {
        return toSpans(tokenize(text), text.length());
    }

    static StyleSpans<Collection<String>> toSpans(List<Token> tokens, int length) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = 0;
        for (Token t : tokens) {
            if (t.start() > at) {
                builder.add(Collections.emptyList(), t.start() - at);
            }
            if (t.end() > t.start()) {
                builder.add(List.of(t.styleClass()), t.end() - t.start());
            }
            at = t.end();
        }
        builder.add(Collections.emptyList(), Math.max(0, length - at));
        return builder.create();
    }

    /** State for one pass over the text. */
    private static final class Lexer {
        private final String text;
        private final List<Token> tokens = new ArrayList<>();
        /** Indentation of the line that opened a block scalar ({@code |} or {@code >}), or -1. */
        private int blockParent = -1;
        private boolean blockPending;
        /** A quoted scalar that continues on the next line: its quote char, or 0. */
        private char openQuote;
        private int flowDepth;

        Lexer(String text) {
            this.text = text;
        }

        List<Token> run() {
            int lineStart = 0;
            int n = text.length();
            while (lineStart <= n) {
                int lineEnd = text.indexOf('\n', lineStart);
                if (lineEnd < 0) {
                    lineEnd = n;
                }
                int contentEnd = lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
                line(lineStart, contentEnd);
                if (lineEnd == n) {
                    break;
                }
                lineStart = lineEnd + 1;
            }
            return tokens;
        }

        private void line(int start, int end) {
            int indent = start;
            while (indent < end && text.charAt(indent) == ' ') {
                indent++;
            }
            int column = indent - start;
            if (blockPending) {
                blockPending = false;
                if (indent < end && column <= blockParent) {
                    blockParent = -1;
                }
            }
            if (blockParent >= 0) {
                if (indent == end || column > blockParent) {
                    if (indent < end) {
                        string(indent, end);
                    }
                    return;
                }
                blockParent = -1;
            }
            int pos = indent;
            if (openQuote != 0) {
                pos = quoted(start, end, openQuote, false);
                if (openQuote != 0) {
                    return;
                }
            }
            if (column == 0 && flowDepth == 0 && (text.startsWith("---", start) || text.startsWith("...", start))
                    && (end == start + 3 || Character.isWhitespace(text.charAt(start + 3)))) {
                add(start, start + 3, DOCUMENT);
                pos = start + 3;
            }
            boolean valuePosition = false;
            while (pos < end) {
                char c = text.charAt(pos);
                if (c == ' ' || c == '\t') {
                    pos++;
                } else if (c == '#') {
                    add(pos, end, COMMENT);
                    return;
                } else if ((c == '-' || c == '?') && flowDepth == 0 && !valuePosition && isBlank(pos + 1, end)) {
                    add(pos, pos + 1, PUNCTUATION);
                    pos++;
                } else if (c == ':' && isBlank(pos + 1, end)) {
                    add(pos, pos + 1, PUNCTUATION);
                    valuePosition = true;
                    pos++;
                } else if (c == '&' || c == '*' || c == '!') {
                    int stop = pos + 1;
                    while (stop < end && !Character.isWhitespace(text.charAt(stop)) && ",[]{}".indexOf(text.charAt(stop)) < 0) {
                        stop++;
                    }
                    add(pos, stop, c == '&' ? ANCHOR : c == '*' ? ALIAS : TAG);
                    pos = stop;
                } else if ((c == '|' || c == '>') && flowDepth == 0) {
                    int stop = pos + 1;
                    while (stop < end && "+-0123456789".indexOf(text.charAt(stop)) >= 0) {
                        stop++;
                    }
                    add(pos, stop, PUNCTUATION);
                    blockParent = column;
                    blockPending = true;
                    pos = stop;
                } else if (c == '"' || c == '\'') {
                    int startQuote = pos;
                    int stop = quoted(pos + 1, end, c, true);
                    pos = keyColon(stop, end) ? markKey(startQuote, stop) : stop;
                } else if ("[]{},".indexOf(c) >= 0) {
                    add(pos, pos + 1, PUNCTUATION);
                    if (c == '[' || c == '{') {
                        flowDepth++;
                    } else if (c == ']' || c == '}') {
                        flowDepth = Math.max(0, flowDepth - 1);
                    }
                    pos++;
                } else {
                    pos = plain(pos, end);
                }
            }
        }

        /** Reads a quoted scalar from {@code from} (after the opening quote); returns where it ends. */
        private int quoted(int from, int end, char quote, boolean includesOpening) {
            int start = includesOpening ? from - 1 : from;
            int pos = from;
            while (pos < end) {
                char c = text.charAt(pos);
                if (quote == '"' && c == '\\') {
                    pos += 2;
                    continue;
                }
                if (c == quote) {
                    if (quote == '\'' && pos + 1 < end && text.charAt(pos + 1) == '\'') {
                        pos += 2;
                        continue;
                    }
                    openQuote = 0;
                    string(start, pos + 1);
                    return pos + 1;
                }
                pos++;
            }
            openQuote = quote;
            int first = start;
            while (first < end && text.charAt(first) == ' ') {
                first++;
            }
            if (first < end) {
                string(first, end);
            }
            return end;
        }

        /** A plain (unquoted) scalar: a key when a {@code ': '} follows, otherwise a value. */
        private int plain(int from, int end) {
            int pos = from;
            while (pos < end) {
                char c = text.charAt(pos);
                if (c == ':' && isBlank(pos + 1, end)) {
                    break;
                }
                if (c == ':' && flowDepth > 0 && pos + 1 < end && ",[]{}".indexOf(text.charAt(pos + 1)) >= 0) {
                    break;
                }
                if (c == '#' && pos > from && Character.isWhitespace(text.charAt(pos - 1))) {
                    break;
                }
                if (flowDepth > 0 && ",[]{}".indexOf(c) >= 0) {
                    break;
                }
                pos++;
            }
            int stop = pos;
            while (stop > from && Character.isWhitespace(text.charAt(stop - 1))) {
                stop--;
            }
            if (stop == from) {
                return Math.max(pos, from + 1);
            }
            if (pos < end && text.charAt(pos) == ':') {
                add(from, stop, KEY);
                return pos;
            }
            String word = text.substring(from, stop);
            if (NUMBER_PATTERN.matcher(word).matches()) {
                add(from, stop, NUMBER);
            } else if (LITERAL_PATTERN.matcher(word).matches()) {
                add(from, stop, LITERAL);
            } else {
                string(from, stop);
            }
            return pos;
        }

        private boolean keyColon(int quoteEnd, int end) {
            if (openQuote != 0) {
                return false;
            }
            int pos = quoteEnd;
            while (pos < end && text.charAt(pos) == ' ') {
                pos++;
            }
            return pos < end && text.charAt(pos) == ':' && (isBlank(pos + 1, end)
                    || (flowDepth > 0 && ",[]{}".indexOf(text.charAt(pos + 1)) >= 0));
        }

        /** A quoted key: drop the string tokens just added for it and colour it as a key. */
        private int markKey(int start, int stop) {
            while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).start() >= start) {
                tokens.remove(tokens.size() - 1);
            }
            add(start, stop, KEY);
            return stop;
        }

        /** A string value, with Compose {@code ${VAR}} / {@code $VAR} interpolations marked. */
        private void string(int start, int end) {
            int at = start;
            int pos = start;
            while (pos < end) {
                int dollar = text.indexOf('$', pos);
                if (dollar < 0 || dollar >= end - 1) {
                    break;
                }
                char next = text.charAt(dollar + 1);
                int stop = -1;
                if (next == '$') {
                    pos = dollar + 2;
                    continue;
                } else if (next == '{') {
                    int depth = 0;
                    for (int i = dollar + 1; i < end; i++) {
                        char c = text.charAt(i);
                        if (c == '{') {
                            depth++;
                        } else if (c == '}' && --depth == 0) {
                            stop = i + 1;
                            break;
                        }
                    }
                } else if (next == '_' || Character.isLetter(next)) {
                    stop = dollar + 1;
                    while (stop < end && (text.charAt(stop) == '_' || Character.isLetterOrDigit(text.charAt(stop)))) {
                        stop++;
                    }
                }
                if (stop < 0) {
                    pos = dollar + 1;
                    continue;
                }
                add(at, dollar, STRING);
                add(dollar, stop, INTERPOLATION);
                at = stop;
                pos = stop;
            }
            add(at, end, STRING);
        }

        private boolean isBlank(int pos, int end) {
            return pos >= end || text.charAt(pos) == ' ' || text.charAt(pos) == '\t';
        }

        private void add(int start, int end, String style) {
            if (end > start) {
                tokens.add(new Token(start, end, style));
            }
        }
    }
}
