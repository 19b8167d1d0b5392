package org.stackcanvas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Splits a string {@code command}/{@code entrypoint} into words as Compose does (mattn/go-shellwords
 * without variable or backtick expansion): blanks separate words, quotes group, a backslash escapes
 * the next character except inside single quotes. Like Compose, splitting stops at an unquoted
 * {@code ; & | < >} and the rest is silently ignored; {@link Words#ignored()} keeps that rest so a
 * rule can warn about it.
 */
public final class CommandSyntax {

    private CommandSyntax() {
    }

    /** The words of a command line and the text Compose drops after a shell operator. */
    public record Words(List<String> tokens, Optional<String> ignored) {
        public Words {
            tokens = List.copyOf(tokens);
            Objects.requireNonNull(ignored, "ignored");
        }
    }

    public static Parsed<Words> parse(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        boolean escaped = false;
        boolean doubleQuoted = false;
        boolean singleQuoted = false;
        boolean backQuote = false;
        boolean dollarQuote = false;
        boolean got = false;
        int stop = -1;
        int i = 0;
        loop:
        for (; i < line.length(); i++) {
            char r = line.charAt(i);
            if (escaped) {
                buf.append(r);
                escaped = false;
                got = true;
                continue;
            }
            if (r == '\\') {
                if (singleQuoted) {
                    buf.append(r);
                } else {
                    escaped = true;
                }
                continue;
            }
            if (r == ' ' || r == '\t' || r == '\r' || r == '\n') {
                if (singleQuoted || doubleQuoted || backQuote || dollarQuote) {
                    buf.append(r);
                } else if (got) {
                    args.add(buf.toString());
                    buf.setLength(0);
                    got = false;
                }
                continue;
            }
            boolean quoted = singleQuoted || doubleQuoted;
            switch (r) {
                case '`' -> {
                    if (!quoted && !dollarQuote) {
                        backQuote = !backQuote;
                    }
                }
                case ')' -> {
                    if (!quoted && !backQuote) {
                        dollarQuote = false;
                    }
                }
                case '(' -> {
                    if (!quoted && !backQuote) {
                        if (!dollarQuote && buf.length() > 0 && buf.charAt(buf.length() - 1) == '$') {
                            dollarQuote = true;
                            buf.append('(');
                            continue;
                        }
                        return Parsed.error("an unquoted ( is not allowed here: '" + line + "'");
                    }
                }
                case '"' -> {
                    if (!singleQuoted && !dollarQuote) {
                        if (doubleQuoted) {
                            got = true;
                        }
                        doubleQuoted = !doubleQuoted;
                        continue;
                    }
                }
                case '\'' -> {
                    if (!doubleQuoted && !dollarQuote) {
                        if (singleQuoted) {
                            got = true;
                        }
                        singleQuoted = !singleQuoted;
                        continue;
                    }
                }
                case ';', '&', '|', '<', '>' -> {
                    if (!quoted && !backQuote && !dollarQuote) {
                        // "2>file": the digit belongs to the redirection, not to the command.
                        if (r == '>' && buf.length() > 0 && Character.isDigit(buf.charAt(0))) {
                            got = false;
                            stop = i - 1;
                        } else {
                            stop = i;
                        }
                        break loop;
                    }
                }
                default -> {
                }
            }
            got = true;
            buf.append(r);
        }
        if (got) {
            args.add(buf.toString());
        }
        if (escaped || singleQuoted || doubleQuoted || backQuote || dollarQuote) {
            return Parsed.error("unterminated quote or escape in '" + line + "'");
        }
        Optional<String> ignored = stop < 0 ? Optional.empty() : Optional.of(line.substring(stop).trim());
        return Parsed.ok(new Words(args, ignored));
    }
}
