package org.stackcanvas.document;

import java.util.Objects;

/**
 * Where something is in a source file: 1-based line and column, as editors count them.
 * {@code file} is the name shown to the user (usually the path as given).
 */
public record SourceLocation(String file, int line, int column) {

    public static final SourceLocation UNKNOWN = new SourceLocation("", 0, 0);

    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    public static SourceLocation of(String file, int line, int column) {
        return new SourceLocation(file, line, column);
    }

    /** A location at the start of a whole file, for problems that have no better place. */
    public static SourceLocation file(String file) {
        return new SourceLocation(file, 1, 1);
    }

    /** The same file with no line or column, for problems about the file as a whole. */
    public SourceLocation withoutPosition() {
        return new SourceLocation(file, 0, 0);
    }

    public boolean isKnown() {
        return line > 0;
    }

    /** {@code file:line:col}, the form compilers use so terminals and IDEs can link it. */
    @Override
    public String toString() {
        return isKnown() ? file + ":" + line + ":" + column : file;
    }
}
