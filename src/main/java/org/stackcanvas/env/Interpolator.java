package org.stackcanvas.env;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Replaces {@code $VAR} and {@code ${VAR...}} references the way Compose does (compose-go's
 * {@code template} package):
 * <ul>
 *   <li>{@code $$} is a literal {@code $}; a {@code $} not followed by a name or <code>{</code> is kept
 *       as written ({@code "a $ b"}, {@code "^x$"});</li>
 *   <li>{@code $VAR}, {@code ${VAR}} with names {@code [_a-zA-Z][_a-zA-Z0-9]*}; an unset variable
 *       becomes "" and is listed in {@link Interpolation#unsetVariables()};</li>
 *   <li>{@code ${VAR:-default}} (unset or empty), {@code ${VAR-default}} (unset only),
 *       {@code ${VAR:+alt}} (set and non-empty), {@code ${VAR+alt}} (set),
 *       {@code ${VAR:?message}} and {@code ${VAR?message}} (fail when empty or unset / unset);</li>
 *   <li>references nest inside defaults, alternatives and messages: {@code ${A:-${B:-x}}}.</li>
 * </ul>
 * Immutable and thread-safe when the lookup function is.
 */
public final class Interpolator {

    private final Function<String, Optional<String>> lookup;

    public Interpolator(Function<String, Optional<String>> lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /**
     * @throws InterpolationException for invalid syntax (<code>${</code>, {@code ${}}, {@code ${VAR:x}})
     *                                or a required variable without a value
     */
    public Interpolation interpolate(String text) throws InterpolationException {
        Objects.requireNonNull(text, "text");
        TemplateEngine run = new TemplateEngine(text, name -> Objects.requireNonNull(
                lookup.apply(name), "lookup returned null instead of Optional.empty()"));
        String value = run.substitute(text);
        return new Interpolation(value, List.copyOf(run.unset()));
    }

    /**
     * Names of the variables {@code text} refers to, distinct, in the order they appear, including
     * those inside defaults and messages. Never fails: values are not looked up and unreadable
     * references are skipped, so a lint rule can ask about any text.
     */
    public List<String> variablesUsed(String text) {
        Objects.requireNonNull(text, "text");
        TemplateEngine run = new TemplateEngine(text, null);
        try {
            run.substitute(text);
        } catch (InterpolationException e) {
            throw new IllegalStateException("a names-only run cannot fail", e);
        }
        return List.copyOf(run.referenced());
    }
}
