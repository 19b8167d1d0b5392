package org.stackcanvas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * The specification's {@code list_or_dict}: a mapping ({@code KEY: value}) or a list of
 * {@code KEY=value} strings, read into one ordered list of entries. Used by labels, sysctls,
 * annotations, build args and the like; {@link EnvironmentSyntax} builds on it.
 */
public final class ListOrDictSyntax {

    private ListOrDictSyntax() {
    }

    public static List<KeyValue> parse(YValue value, String what, Consumer<ModelProblem> problems) {
        List<KeyValue> out = new ArrayList<>();
        if (value instanceof YMap map) {
            for (YMap.Entry e : map.entryList()) {
                if (e.value() instanceof YScalar s) {
                    out.add(new KeyValue(e.key(), s.kind() == YScalar.Kind.NULL
                            ? Optional.empty() : Optional.of(ValueSyntax.composeText(s)), e.keyLocation()));
                } else {
                    problems.accept(new ModelProblem(e.value().location(), what + " '" + e.key()
                            + "' must be a single value, not " + e.value().describeKind()));
                }
            }
        } else if (value instanceof YList list) {
            for (YValue item : list.items()) {
                if (item instanceof YScalar s && s.kind() != YScalar.Kind.NULL) {
                    Parsed<KeyValue> entry = entry(ValueSyntax.composeText(s), s.location());
                    entry.value().ifPresent(out::add);
                    entry.error().ifPresent(m -> problems.accept(new ModelProblem(s.location(), what + ": " + m)));
                } else {
                    problems.accept(new ModelProblem(item.location(), what
                            + " entries must be KEY=VALUE strings, not " + item.describeKind()));
                }
            }
        } else if (!value.isNull()) {
            problems.accept(new ModelProblem(value.location(), what
                    + " must be a mapping or a list of KEY=VALUE strings, not " + value.describeKind()));
        }
        return out;
    }

    /** {@code KEY=value} (value may be empty) or {@code KEY} alone (no value). */
    public static Parsed<KeyValue> entry(String text, SourceLocation location) {
        int eq = text.indexOf('=');
        String key = eq < 0 ? text : text.substring(0, eq);
        if (key.isEmpty()) {
            return Parsed.error("'" + text + "' has no name before '='");
        }
        return Parsed.ok(new KeyValue(key, eq < 0 ? Optional.empty() : Optional.of(text.substring(eq + 1)), location));
    }
}
