package org.stackcanvas.check.dockerfile;

import java.util.Locale;
import java.util.Objects;

/**
 * One Dockerfile instruction: its keyword in upper case, its arguments with continuation lines
 * joined (the backslash and newline become one space), and the lines it spans (1-based).
 */
public record Instruction(String keyword, String arguments, int line, int endLine) {

    public Instruction {
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(arguments, "arguments");
        keyword = keyword.toUpperCase(Locale.ROOT);
    }

    public boolean is(String word) {
        return keyword.equalsIgnoreCase(word);
    }

    /** JSON array form ({@code CMD ["run"]}), which runs without a shell. */
    public boolean isExecForm() {
        String a = arguments.trim();
        return a.startsWith("[") && a.endsWith("]");
    }
}
