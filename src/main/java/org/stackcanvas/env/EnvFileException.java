package org.stackcanvas.env;

import java.util.Objects;

/**
 * A {@code .env} file that cannot be used as written: a bad variable name, an unterminated quote, a
 * required variable with no value, or a file that cannot be read. It says where (1-based line and
 * column, as editors count them) and what to do; callers print {@link #describe()}.
 *
 * <p>Problems that concern the whole file (missing, unreadable) have no position: {@link #line()} and
 * {@link #column()} are then 0.
 */
public class EnvFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final int line;
    private final int column;

    public EnvFileException(String fileName, int line, int column, String message) {
        this(fileName, line, column, message, null);
    }

    public EnvFileException(String fileName, int line, int column, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be 0 (unknown) or positive");
        }
        this.line = line;
        this.column = column;
    }

    /** A problem with the file as a whole, such as a missing file. */
    public static EnvFileException forFile(String fileName, String message, Throwable cause) {
        return new EnvFileException(fileName, 0, 0, message, cause);
    }

    public String fileName() {
        return fileName;
    }

    /** 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when the problem concerns the whole file. */
    public int column() {
        return column;
    }

    /** {@code file:line:col: message}, the form compilers use so terminals and IDEs can link it. */
    public String describe() {
        String where = line > 0 ? fileName + ":" + line + ":" + column : fileName;
        return where.isEmpty() ? getMessage() : where + ": " + getMessage();
    }
}
