package org.stackcanvas.model;

import java.util.Objects;
import org.stackcanvas.document.SourceLocation;

/** A value the model could not read as the Compose Specification describes, and where it is. */
public record ModelProblem(SourceLocation location, String message) {

    public ModelProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
