package org.stackcanvas.model;

import java.util.List;
import java.util.function.Consumer;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/**
 * A service's {@code environment}, list ({@code - KEY=value}, {@code - KEY}) or mapping form, as
 * one ordered list. Values are text as Compose makes them ({@code true}, not {@code True}).
 */
public final class EnvironmentSyntax {

    private EnvironmentSyntax() {
    }

    public static List<EnvVar> parse(YValue value, Consumer<ModelProblem> problems) {
        return ListOrDictSyntax.parse(value, "environment", problems).stream()
                .map(kv -> new EnvVar(kv.key(), kv.value(), kv.location()))
                .toList();
    }

    /** One list entry: {@code KEY=value}, {@code KEY=} (empty string) or {@code KEY} (taken from the shell). */
    public static Parsed<EnvVar> entry(String text, SourceLocation location) {
        return ListOrDictSyntax.entry(text, location).map(kv -> new EnvVar(kv.key(), kv.value(), location));
    }
}
