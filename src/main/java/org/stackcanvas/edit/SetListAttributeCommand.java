package org.stackcanvas.edit;

import java.util.ArrayList;
import java.util.List;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * Replaces a list of strings below a service ({@code profiles}, {@code command} in list form,
 * {@code healthcheck.test}, ...), or removes it (null). Writing the same words is a no-op.
 */
public final class SetListAttributeCommand extends ServiceCommand {

    private final List<String> path;
    private final List<String> items;

    public SetListAttributeCommand(String documentName, String service, List<String> path, List<String> items) {
        super(documentName, service);
        this.path = List.copyOf(path);
        if (this.path.isEmpty()) {
            throw new IllegalArgumentException("empty attribute path");
        }
        this.items = items == null ? null : List.copyOf(items);
    }

    @Override
    public String description() {
        return (items == null ? "Remove " : "Set ") + String.join(".", path) + " of " + service;
    }

    @Override
    protected ComposeDocument edit(ComposeDocument doc, YMap current, ComposeEditor editor) throws DocumentException {
        List<Object> full = new ArrayList<>(servicePath());
        full.addAll(path);
        YValue existing = ComposeEditor.effective(doc, full).orElse(null);
        String leaf = path.get(path.size() - 1);
        List<Object> parent = List.copyOf(full.subList(0, full.size() - 1));
        if (items == null) {
            return existing == null ? doc : editor.removePruning(doc, parent, leaf, 2);
        }
        if (existing instanceof YList list && sameWords(list)) {
            return doc;
        }
        ComposeDocument expanded = path.size() > 1 ? BuildForm.expandIfShort(doc, service, path.get(0), editor) : doc;
        return editor.set(expanded, parent, leaf, new ArrayList<Object>(items));
    }

    private boolean sameWords(YList list) {
        if (list.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof YScalar s) || !s.text().equals(items.get(i))) {
                return false;
            }
        }
        return true;
    }
}
