package org.stackcanvas.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;

/** The fixed facts of a rule, and helpers to make its findings. */
public abstract class AbstractRule implements Rule {

    private final String id;
    private final Severity severity;
    private final Category category;
    private final String title;
    private final String why;

    protected AbstractRule(String id, Severity severity, Category category, String title, String why) {
        this.id = Objects.requireNonNull(id, "id");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.category = Objects.requireNonNull(category, "category");
        this.title = Objects.requireNonNull(title, "title");
        this.why = Objects.requireNonNull(why, "why");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final Category category() {
        return category;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String why() {
        return why;
    }

    protected Finding finding(String message, SourceLocation at, List<Object> path) {
        return new Finding(id, severity, message, at, path, Optional.empty());
    }

    protected Finding finding(String message, SourceLocation at, List<Object> path, QuickFix fix) {
        return new Finding(id, severity, message, at, path, Optional.ofNullable(fix));
    }

    @Override
    public String toString() {
        return id;
    }
}
