package org.stackcanvas.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YValue;

/**
 * For passes over a tree that return the same object when nothing in it changes: a copy starts only
 * at the first entry or item that changed, holding those before it as they were.
 */
final class CopyOnChange {

    private CopyOnChange() {
    }

    /** A new map holding the first {@code count} entries of {@code map}, with room for all of them. */
    static Map<String, YMap.Entry> firstEntries(YMap map, int count) {
        Map<String, YMap.Entry> entries = new LinkedHashMap<>((int) (map.size() / 0.75f) + 1);
        int taken = 0;
        for (YMap.Entry e : map.entryList()) {
            if (taken++ == count) {
                break;
            }
            entries.put(e.key(), e);
        }
        return entries;
    }

    /** A new list holding the first {@code count} items of {@code list}, with room for all of them. */
    static List<YValue> firstItems(YList list, int count) {
        List<YValue> items = new ArrayList<>(list.size());
        items.addAll(list.items().subList(0, count));
        return items;
    }
}
