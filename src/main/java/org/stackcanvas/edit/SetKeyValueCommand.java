package org.stackcanvas.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * Sets (value non-null) or removes (value null) one entry of a list-or-mapping attribute such as
 * {@code labels} or {@code build.args}, in whichever form it is written ({@code - KEY=value} or
 * {@code KEY: value}). A new attribute is written as a mapping.
 */
public final class SetKeyValueCommand extends ServiceCommand {

    private final List<String> path;
    private final String key;
    private final String value;

    public SetKeyValueCommand(String documentName, String service, List<String> path, String key, String value) {
        super(documentName, service);
        this.path = List.copyOf(path);
        if (this.path.isEmpty()) {
            throw new IllegalArgumentException("empty attribute path");
        }
        this.key = Objects.requireNonNull(key, "key");
        this.value = value;
    }

    @Override
    public String description() {
        return (value == null ? "Remove " : "Set ") + String.join(".", path) + " " + key + " of " + service;
    }

    @Override
    protected ComposeDocument edit(ComposeDocument doc, YMap current, ComposeEditor editor) throws DocumentException {
        if (key.isEmpty() || key.contains("=") || key.chars().anyMatch(Character::isWhitespace)) {
            throw new EditException(doc.name(), "'" + key + "' is not a valid key: it must not be empty or "
                    + "hold '=' or spaces");
        }
        List<Object> attrPath = new ArrayList<>(servicePath());
        attrPath.addAll(path);
        YValue existing = ComposeEditor.effective(doc, attrPath).orElse(null);
        if (existing instanceof YList list) {
            int index = indexOf(list);
            if (value == null) {
                return index < 0 ? doc : editor.removeItemPruning(doc, attrPath, index, 2);
            }
            String item = key + "=" + value;
            if (index >= 0 && list.get(index) instanceof YScalar s && s.text().equals(item)) {
                return doc;
            }
            ComposeDocument local = editor.localize(doc, attrPath);
            return index < 0 ? editor.append(local, attrPath, item)
                    : editor.patcher().replaceItem(local, attrPath, index, item);
        }
        if (existing instanceof YMap map) {
            if (value == null) {
                return map.has(key) ? editor.removePruning(doc, attrPath, key, 2) : doc;
            }
            if (map.get(key) instanceof YScalar s && s.text().equals(value) && s.kind() == YScalar.Kind.STRING) {
                return doc;
            }
            return editor.set(doc, attrPath, key, value);
        }
        if (value == null) {
            return doc;
        }
        ComposeDocument expanded = path.size() > 1 ? BuildForm.expandIfShort(doc, service, path.get(0), editor) : doc;
        Map<String, Object> created = new LinkedHashMap<>();
        created.put(key, value);
        return editor.set(expanded, attrPath.subList(0, attrPath.size() - 1), path.get(path.size() - 1), created);
    }

    private int indexOf(YList list) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof YScalar s && (s.text().equals(key) || s.text().startsWith(key + "="))) {
                return i;
            }
        }
        return -1;
    }
}
