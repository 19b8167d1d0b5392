package org.stackcanvas.ui.problems;

import java.util.Objects;
import org.stackcanvas.document.SourceLocation;

/**
 * One row of the Problems table: what is wrong, how bad, where, and which rule says so.
 *
 * @param severity how bad
 * @param ruleId   the id of the check that found it (a validator rule, say); empty when the loader
 *                 or the model reported it
 * @param message  what is wrong, as one sentence
 * @param location where; {@link SourceLocation#UNKNOWN} or a line of 0 when it is about no place
 * @param details  the element, fix and explanation a validator adds; {@link ProblemDetails#NONE} otherwise
 */
public record Problem(Severity severity, String ruleId, String message, SourceLocation location,
        ProblemDetails details) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(details, "details");
    }

    public Problem(Severity severity, String ruleId, String message, SourceLocation location) {
        this(severity, ruleId, message, location, ProblemDetails.NONE);
    }

    /** Whether a one-click fix is offered. */
    public boolean hasFix() {
        return details.fix().isPresent();
    }

    public static Problem of(Severity severity, String message, SourceLocation location) {
        return new Problem(severity, "", message, location);
    }

    /** {@code line:col}, or empty when the problem has no position. */
    public String position() {
        return location.isKnown() ? location.line() + ":" + location.column() : "";
    }
}
