package org.stackcanvas.check;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters. Declared from most to least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** {@code error}, {@code warning}, {@code info} as written in config files and on the command line. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.word().equalsIgnoreCase(text.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether this is at least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
