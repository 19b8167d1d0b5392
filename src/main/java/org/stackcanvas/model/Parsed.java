package org.stackcanvas.model;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of reading one piece of short syntax: a value, or a message that says what is wrong.
 * The syntax classes return this instead of throwing, so validation rules can reuse them and show
 * the message next to the text.
 */
public record Parsed<T>(Optional<T> value, Optional<String> error) {

    public Parsed {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(error, "error");
        if (value.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("exactly one of value and error");
        }
    }

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Optional.of(value), Optional.empty());
    }

    public static <T> Parsed<T> error(String message) {
        return new Parsed<>(Optional.empty(), Optional.of(message));
    }

    public boolean isOk() {
        return value.isPresent();
    }

    /** The value; only call when {@link #isOk()}. */
    public T get() {
        return value.orElseThrow(() -> new NoSuchElementException(error.orElse("no value")));
    }

    public String errorMessage() {
        return error.orElse("");
    }

    public <R> Parsed<R> map(Function<T, R> f) {
        return isOk() ? ok(f.apply(get())) : error(errorMessage());
    }
}
