package org.stackcanvas.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/** A resolved value as plain data without source locations, so values can be compared across edits. */
final class Resolved {

    private Resolved() {
    }

    /** Maps and lists as Java collections; a scalar as {@code KIND:text} (tags included when present). */
    static Object of(YValue value) {
        if (value instanceof YMap map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (YMap.Entry e : map.entryList()) {
                out.put(e.key(), of(e.value()));
            }
            return out;
        }
        if (value instanceof YList list) {
            List<Object> out = new ArrayList<>();
            for (YValue item : list.items()) {
                out.add(of(item));
            }
            return out;
        }
        YScalar s = (YScalar) value;
        return s.tag() + " " + s.kind() + ":" + s.text();
    }
}
