package org.stackcanvas.project;

import java.util.Objects;
import org.stackcanvas.env.Environment;
import org.stackcanvas.env.Interpolator;

/**
 * The variables one set of compose files is interpolated with. The project has one; each
 * {@code include} gets its own (its env files under the including project's environment).
 */
final class Scope {

    private final Environment environment;
    private final TreeInterpolator interpolator;

    private Scope(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.interpolator = new TreeInterpolator(new Interpolator(environment.lookup()));
    }

    static Scope of(Environment environment) {
        return new Scope(environment);
    }

    Environment environment() {
        return environment;
    }

    TreeInterpolator interpolator() {
        return interpolator;
    }
}
