package org.stackcanvas.bench;

import java.util.Locale;

/**
 * What a figure must meet: a speed-up over its peer ({@code peer/ours >= factor}), a bound relative
 * to its peer ({@code ours/peer <= factor}), or an absolute bound on our median.
 */
public record Target(Kind kind, double bound) {

    public enum Kind { FASTER_BY, AT_MOST_TIMES, AT_MOST }

    /** Our median at least {@code factor} times below the peer's. */
    public static Target fasterBy(double factor) {
        return new Target(Kind.FASTER_BY, factor);
    }

    /** Our median at most {@code factor} times the peer's. */
    public static Target atMostTimes(double factor) {
        return new Target(Kind.AT_MOST_TIMES, factor);
    }

    /** Our median at most {@code bound}, in the figure's unit. */
    public static Target atMost(double bound) {
        return new Target(Kind.AT_MOST, bound);
    }

    /** The ratio this target judges: peer/ours for a speed-up, ours/peer otherwise. */
    public static double ratio(Kind kind, double ours, double peer) {
        return kind == Kind.FASTER_BY ? peer / ours : ours / peer;
    }

    public boolean met(double ours, double peer) {
        return switch (kind) {
            case FASTER_BY -> peer / ours >= bound;
            case AT_MOST_TIMES -> ours / peer <= bound;
            case AT_MOST -> ours <= bound;
        };
    }

    public String describe(String unit) {
        return switch (kind) {
            case FASTER_BY -> bound == 1 ? "faster" : String.format(Locale.ROOT, ">= %sx faster", trim(bound));
            case AT_MOST_TIMES -> String.format(Locale.ROOT, "<= %sx peer", trim(bound));
            case AT_MOST -> String.format(Locale.ROOT, "<= %s %s", trim(bound), unit);
        };
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
