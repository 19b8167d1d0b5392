package org.stackcanvas.document;

/** The Compose merge tags a value may carry; every other value is {@link #NONE}. */
public enum YTag {
    NONE,
    /** {@code !reset}: the value removes what earlier files set. */
    RESET,
    /** {@code !override}: the value replaces what earlier files set instead of merging. */
    OVERRIDE
}
