package org.stackcanvas.project;

import java.util.Objects;
import org.stackcanvas.document.SourceLocation;

/** Something Compose would warn about while loading: the project still loads, but the user should look. */
public record LoadWarning(SourceLocation location, String message) {

    public LoadWarning {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:col: message}, like {@link org.stackcanvas.document.DocumentException#describe()}. */
    public String describe() {
        String where = location.toString();
        return where.isEmpty() ? message : where + ": " + message;
    }
}
