package org.stackcanvas.check;

import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * A text that is equal for two values exactly when they hold the same data written the same way
 * relative to a base line: moving a whole service up or down keeps its fingerprint, so cached
 * findings can be reused by shifting their lines.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(YValue value, SourceLocation base) {
        StringBuilder out = new StringBuilder(256);
        append(out, value, base);
        return out.toString();
    }

    private static void append(StringBuilder out, YValue value, SourceLocation base) {
        where(out, value.location(), base);
        out.append(value.tag().ordinal());
        if (value instanceof YScalar s) {
            out.append('s').append(s.kind().ordinal()).append(s.text().length()).append(':').append(s.text());
        } else if (value instanceof YList l) {
            out.append('[');
            for (YValue item : l.items()) {
                append(out, item, base);
            }
            out.append(']');
        } else if (value instanceof YMap m) {
            out.append('{');
            for (YMap.Entry e : m.entryList()) {
                out.append(e.key().length()).append(':').append(e.key());
                where(out, e.keyLocation(), base);
                append(out, e.value(), base);
            }
            out.append('}');
        }
    }

    private static void where(StringBuilder out, SourceLocation at, SourceLocation base) {
        if (at.file().equals(base.file())) {
            out.append('@').append(at.line() - base.line()).append(',').append(at.column());
        } else {
            out.append('@').append(at.file()).append(':').append(at.line()).append(',').append(at.column());
        }
    }

    /** Moves a cached finding by {@code lines} when it is in {@code file}. */
    static Finding shift(Finding f, String file, int lines) {
        if (lines == 0 || !f.location().file().equals(file) || !f.location().isKnown()) {
            return f;
        }
        SourceLocation at = f.location();
        return f.withLocation(new SourceLocation(at.file(), at.line() + lines, at.column()));
    }
}
