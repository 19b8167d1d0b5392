package org.stackcanvas.document;

/**
 * Bounds that keep a hostile or broken file from taking the application down. Breaking one is a
 * clear error, reported fast.
 *
 * @param maxBytes          largest file read at all (checked before reading)
 * @param maxNestingDepth   deepest nesting of mappings and lists
 * @param maxExpandedValues values after expanding every alias (the "billion laughs" guard); aliases
 *                          themselves are not limited by count, so big files using anchors for
 *                          every service load fine
 */
public record ParseLimits(long maxBytes, int maxNestingDepth, long maxExpandedValues) {

    public static final ParseLimits DEFAULT = new ParseLimits(16L * 1024 * 1024, 100, 2_000_000);

    public ParseLimits {
        if (maxBytes <= 0 || maxNestingDepth <= 0 || maxExpandedValues <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
