package org.stackcanvas.project;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;
import org.stackcanvas.env.Interpolation;
import org.stackcanvas.env.InterpolationException;
import org.stackcanvas.env.Interpolator;

/**
 * Interpolates every scalar value of a compose file (keys are never interpolated, as in Compose),
 * keeping each value's location so a failed {@code ${VAR:?message}} points at the value that asked.
 */
final class TreeInterpolator {

    private final Interpolator interpolator;

    TreeInterpolator(Interpolator interpolator) {
        this.interpolator = Objects.requireNonNull(interpolator, "interpolator");
    }

    /** Warnings for unset variables go to {@code warnings}, one per value and variable. */
    YValue interpolate(YValue tree, List<LoadWarning> warnings) throws DocumentException {
        Set<LoadWarning> found = new LinkedHashSet<>();
        YValue result = walk(tree, found);
        warnings.addAll(found);
        return result;
    }

    /** The same object when nothing in it changes, so an unchanged subtree is never copied. */
    private YValue walk(YValue value, Set<LoadWarning> warnings) throws DocumentException {
        if (value instanceof YMap map) {
            return map.mapEntries(e -> {
                YValue done = walk(e.value(), warnings);
                return done == e.value() ? e : e.withValue(done);
            });
        }
        if (value instanceof YList list) {
            return list.mapItems(item -> walk(item, warnings));
        }
        YScalar scalar = (YScalar) value;
        if (scalar.text().indexOf('$') < 0) {
            return scalar;
        }
        Interpolation done;
        try {
            done = interpolator.interpolate(scalar.text());
        } catch (InterpolationException e) {
            throw new DocumentException(scalar.location(), e.getMessage() + hint(e));
        }
        for (String variable : done.unsetVariables()) {
            warnings.add(unset(scalar.location(), variable));
        }
        return done.value().equals(scalar.text()) ? scalar : scalar.withText(done.value());
    }

    static LoadWarning unset(SourceLocation at, String variable) {
        return new LoadWarning(at, "The \"" + variable + "\" variable is not set. Defaulting to a blank string.");
    }

    private static String hint(InterpolationException e) {
        return e.variable()
                .map(v -> "; set " + v + " in the environment or in the project's .env file")
                .orElse("; fix the ${...} expression, or write $$ for a literal $");
    }
}
