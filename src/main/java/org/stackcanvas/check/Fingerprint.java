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

    /**
     * Whether {@code a} (relative to {@code baseA}) and {@code b} (relative to {@code baseB}) hold the
     * same data written the same way, as {@link #of} would say, but without building the texts. It
     * may say "different" for values whose texts happen to be equal, never the reverse.
     */
    static boolean same(YValue a, SourceLocation baseA, YValue b, SourceLocation baseB) {
        if (!sameWhere(a.location(), baseA, b.location(), baseB) || a.tag() != b.tag()) {
            return false;
        }
        if (a instanceof YScalar x) {
            return b instanceof YScalar y && x.kind() == y.kind() && x.text().equals(y.text());
        }
        if (a instanceof YList x) {
            if (!(b instanceof YList y) || x.items().size() != y.items().size()) {
                return false;
            }
            java.util.Iterator<YValue> i = y.items().iterator();
            for (YValue item : x.items()) {
                if (!same(item, baseA, i.next(), baseB)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof YMap x) {
            if (!(b instanceof YMap y) || x.size() != y.size()) {
                return false;
            }
            java.util.Iterator<YMap.Entry> i = y.entryList().iterator();
            for (YMap.Entry e : x.entryList()) {
                YMap.Entry f = i.next();
                if (!e.key().equals(f.key()) || !sameWhere(e.keyLocation(), baseA, f.keyLocation(), baseB)
                        || !same(e.value(), baseA, f.value(), baseB)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean sameWhere(SourceLocation a, SourceLocation baseA, SourceLocation b,
            SourceLocation baseB) {
        boolean localA = a.file().equals(baseA.file());
        boolean localB = b.file().equals(baseB.file());
        if (localA != localB || a.column() != b.column()) {
            return false;
        }
        return localA ? a.line() - baseA.line() == b.line() - baseB.line()
                : a.file().equals(b.file()) && a.line() == b.line();
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
