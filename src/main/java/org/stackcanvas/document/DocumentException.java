package org.stackcanvas.document;

import java.util.Objects;

/**
 * A problem with the input that the user must fix: bad YAML, a broken limit, a missing file.
 * It always says where ({@link #location()}) and what to do; callers print {@link #describe()}.
 */
public class DocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient SourceLocation location;

    public DocumentException(SourceLocation location, String message) {
        super(message);
        this.location = Objects.requireNonNull(location, "location");
    }

    public DocumentException(SourceLocation location, String message, Throwable cause) {
        super(message, cause);
        this.location = Objects.requireNonNull(location, "location");
    }

    public SourceLocation location() {
        return location;
    }

    /** {@code file:line:col: message}. */
    public String describe() {
        String where = location.toString();
        return where.isEmpty() ? getMessage() : where + ": " + getMessage();
    }
}
