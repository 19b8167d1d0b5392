package org.stackcanvas.env;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code ${...}} expression Compose would refuse: invalid syntax such as <code>${</code> or
 * {@code ${VAR:x}}, or a required variable ({@code ${VAR:?message}}) with no value. The message
 * follows compose-go's wording so users recognise it from the Compose CLI.
 */
public class InterpolationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final String variable;

    InterpolationException(String text, String variable, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.text = Objects.requireNonNull(text, "text");
        this.variable = variable;
    }

    /** The whole text that was being interpolated. */
    public String text() {
        return text;
    }

    /** The required variable that had no value; empty for a syntax error. */
    public Optional<String> variable() {
        return Optional.ofNullable(variable);
    }
}
