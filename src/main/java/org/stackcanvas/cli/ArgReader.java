package org.stackcanvas.cli;

import java.util.ArrayList;
import java.util.List;

/** Reads options and positional arguments in order; unknown options are usage errors. */
final class ArgReader {

    private final String command;
    private final List<String> args;
    private int next;

    ArgReader(String command, List<String> args) {
        this.command = command;
        this.args = args;
    }

    boolean hasNext() {
        return next < args.size();
    }

    String peek() {
        return args.get(next);
    }

    String take() {
        return args.get(next++);
    }

    boolean isOption() {
        return hasNext() && peek().startsWith("-") && !peek().equals("-");
    }

    /** The value after an option ({@code -o OUT} or {@code --out=OUT}). */
    String value(String option) throws UsageException {
        if (!hasNext()) {
            throw new UsageException(command + ": " + option + " needs a value");
        }
        return take();
    }

    UsageException unknown(String option) {
        return new UsageException(command + ": unknown option " + option + " (see '" + command + " --help')");
    }

    /** Splits an op's words like a shell would: spaces separate, quotes group. */
    static List<String> words(String text) throws UsageException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
                    word.append(text.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new UsageException("unclosed quote in '" + text + "'");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
