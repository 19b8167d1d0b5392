package org.stackcanvas.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;

/**
 * One problem a rule found: where it is (file:line:col), the model path of the element it is about
 * (for example {@code [services, web, ports, 0]}) so the canvas can select it, and an optional fix.
 */
public record Finding(String ruleId, Severity severity, String message, SourceLocation location,
        List<Object> modelPath, Optional<QuickFix> fix) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        modelPath = List.copyOf(modelPath);
        Objects.requireNonNull(fix, "fix");
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, location, modelPath, fix);
    }

    public Finding withLocation(SourceLocation newLocation) {
        return new Finding(ruleId, severity, message, newLocation, modelPath, fix);
    }

    /** {@code file:line:col: severity: message [rule]}, the form compilers use. */
    public String describe() {
        String where = location.toString();
        return (where.isEmpty() ? "" : where + ": ") + severity.word() + ": " + message + " [" + ruleId + "]";
    }
}
