package org.stackcanvas.check;

import java.util.List;

/**
 * One check. Each rule is a small class with a sibling test; {@link #why()} is one paragraph that
 * says why it matters, with a link to the Docker documentation or the source of the practice.
 */
public interface Rule {

    /** A stable, readable id used in config files, suppression comments and SARIF: {@code no-privileged}. */
    String id();

    Severity defaultSeverity();

    /** One line, for lists and SARIF's shortDescription. */
    String title();

    /** One paragraph with a link. */
    String why();

    Category category();

    default boolean enabledByDefault() {
        return true;
    }

    List<Finding> check(CheckContext context);
}
