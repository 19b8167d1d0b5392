package org.stackcanvas.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stackcanvas.document.BlockWriter;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.document.DocumentPatcher;
import org.stackcanvas.document.NodeFinder;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YValue;

/**
 * Compose-aware edits over one document. Before changing a value that the service only inherits
 * (through a merge key or an alias), it writes a local copy of the inherited value into the service,
 * so the anchor and its other users stay as they were.
 */
public final class ComposeEditor {

    private final DocumentPatcher patcher;

    public ComposeEditor(DocumentPatcher patcher) {
        this.patcher = patcher;
    }

    public ComposeEditor() {
        this(new DocumentPatcher(new DocumentParser()));
    }

    public DocumentPatcher patcher() {
        return patcher;
    }

    public static List<Object> path(Object... steps) {
        return List.of(steps);
    }

    /** The resolved value at {@code path} (merge keys and aliases followed). */
    public static Optional<YValue> effective(ComposeDocument doc, List<Object> path) {
        return doc.tree().at(path);
    }

    public static Optional<YMap> service(ComposeDocument doc, String name) {
        return effective(doc, path("services", name)).filter(YMap.class::isInstance).map(YMap.class::cast);
    }

    public static YMap requireService(ComposeDocument doc, String name) throws EditException {
        return service(doc, name).orElseThrow(() -> new EditException(doc.name(),
                "no service '" + name + "' in this file; check the name"));
    }

    /**
     * Makes every step of {@code path} written locally: a step that is only inherited or reached
     * through an alias becomes a local copy of its resolved value. Steps that resolve to nothing are
     * left absent.
     */
    public ComposeDocument localize(ComposeDocument doc, List<Object> path) throws DocumentException {
        ComposeDocument current = doc;
        for (int i = 1; i <= path.size(); i++) {
            List<Object> prefix = path.subList(0, i);
            NodeFinder finder = new NodeFinder(current);
            if (finder.find(prefix) != null && finder.isLocal(prefix)) {
                continue;
            }
            Optional<YValue> value = effective(current, prefix);
            if (value.isEmpty() || !(prefix.get(i - 1) instanceof String key)) {
                return current;
            }
            current = patcher.set(current, prefix.subList(0, i - 1), key, BlockWriter.plain(value.get()));
        }
        return current;
    }

    /** Sets {@code key} of the mapping at {@code mapPath}, localizing the way there first. */
    public ComposeDocument set(ComposeDocument doc, List<Object> mapPath, String key, Object value)
            throws DocumentException {
        ComposeDocument local = localize(doc, mapPath);
        if (!mapPath.isEmpty() && new NodeFinder(local).find(mapPath) == null) {
            // Create the missing mapping in its parent, holding just this key.
            java.util.Map<String, Object> created = new java.util.LinkedHashMap<>();
            created.put(key, value);
            return set(local, mapPath.subList(0, mapPath.size() - 1), (String) mapPath.get(mapPath.size() - 1), created);
        }
        return patcher.set(local, mapPath, key, value);
    }

    /**
     * Removes {@code key}; when the mapping is left empty, removes the mapping's own key too. A value
     * that is only inherited through a merge key cannot be removed from one user of the anchor: that
     * is an error, not a silent no-op.
     */
    public ComposeDocument removePruning(ComposeDocument doc, List<Object> mapPath, String key, int keepDepth)
            throws DocumentException {
        ComposeDocument local = localize(doc, append(mapPath, key));
        Optional<YValue> parent = effective(local, mapPath);
        ComposeDocument result;
        if (mapPath.size() > keepDepth && parent.orElse(null) instanceof YMap map && map.size() == 1 && map.has(key)) {
            result = removePruning(local, mapPath.subList(0, mapPath.size() - 1),
                    (String) mapPath.get(mapPath.size() - 1), keepDepth);
        } else {
            result = patcher.remove(local, mapPath, key);
        }
        Optional<YValue> inherited = effective(doc, append(mapPath, key));
        if (result.text().equals(doc.text()) && inherited.isPresent()) {
            throw new EditException(inherited.get().location(), NodeFinder.describe(append(mapPath, key))
                    + " is inherited through a merge key (<<) from here, so it cannot be removed for this "
                    + "service alone; give it another value, or change it here for every service that merges it");
        }
        return result;
    }

    /** Removes list item {@code index}; an emptied list loses its key. */
    public ComposeDocument removeItemPruning(ComposeDocument doc, List<Object> listPath, int index, int keepDepth)
            throws DocumentException {
        ComposeDocument local = localize(doc, listPath);
        Optional<YValue> list = effective(local, listPath);
        if (list.orElse(null) instanceof YList l && l.size() == 1 && listPath.size() > keepDepth) {
            return removePruning(local, listPath.subList(0, listPath.size() - 1),
                    (String) listPath.get(listPath.size() - 1), keepDepth);
        }
        return patcher.removeItem(local, listPath, index);
    }

    /**
     * Removes {@code name} from a service attribute written either as a list of names or as a
     * mapping keyed by name ({@code networks}, {@code depends_on}); an emptied attribute goes too.
     */
    public ComposeDocument removeName(ComposeDocument doc, List<Object> attributePath, String name)
            throws DocumentException {
        YValue value = effective(doc, attributePath).orElse(null);
        if (value instanceof YList list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof org.stackcanvas.document.YScalar s && s.text().equals(name)) {
                    return removeItemPruning(doc, attributePath, i, 2);
                }
            }
        } else if (value instanceof YMap map && map.has(name)) {
            return removePruning(doc, attributePath, name, 2);
        }
        return doc;
    }

    /** Appends to the list at {@code listPath}, creating the list when absent. */
    public ComposeDocument append(ComposeDocument doc, List<Object> listPath, Object item) throws DocumentException {
        ComposeDocument local = localize(doc, listPath);
        if (new NodeFinder(local).find(listPath) == null || effective(local, listPath).map(YValue::isNull).orElse(true)) {
            List<Object> parent = listPath.subList(0, listPath.size() - 1);
            return set(local, parent, (String) listPath.get(listPath.size() - 1), List.of(item));
        }
        return patcher.append(local, listPath, item);
    }

    public static List<Object> append(List<Object> path, Object step) {
        List<Object> out = new ArrayList<>(path);
        out.add(step);
        return out;
    }
}
