package org.stackcanvas.edit;

import java.util.List;
import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * Adds or removes one string item of a service attribute that is a list or a single string
 * ({@code env_file}, {@code profiles}, {@code expose}, ...). Long-form items (mappings with a
 * {@code path}) are matched by their path when removing.
 */
public final class ListItemCommand extends ServiceCommand {

    private final String attribute;
    private final String item;
    private final boolean adding;

    private ListItemCommand(String documentName, String service, String attribute, String item, boolean adding) {
        super(documentName, service);
        this.attribute = Objects.requireNonNull(attribute, "attribute");
        this.item = Objects.requireNonNull(item, "item");
        this.adding = adding;
    }

    public static ListItemCommand add(String documentName, String service, String attribute, String item) {
        return new ListItemCommand(documentName, service, attribute, item, true);
    }

    public static ListItemCommand remove(String documentName, String service, String attribute, String item) {
        return new ListItemCommand(documentName, service, attribute, item, false);
    }

    @Override
    public String description() {
        return (adding ? "Add " : "Remove ") + item + (adding ? " to " : " from ") + attribute + " of " + service;
    }

    @Override
    protected ComposeDocument edit(ComposeDocument doc, YMap current, ComposeEditor editor) throws DocumentException {
        if (item.isBlank()) {
            throw new EditException(doc.name(), attribute + " needs a non-empty value");
        }
        List<Object> listPath = ComposeEditor.append(servicePath(), attribute);
        YValue existing = current.get(attribute);
        if (existing instanceof YScalar s && s.kind() != YScalar.Kind.NULL) {
            if (adding) {
                return s.text().equals(item) ? doc : editor.set(doc, servicePath(), attribute, List.of(s.text(), item));
            }
            return s.text().equals(item) ? editor.removePruning(doc, servicePath(), attribute, 2) : doc;
        }
        int index = -1;
        if (existing instanceof YList list) {
            for (int i = 0; i < list.size() && index < 0; i++) {
                if (matches(list.get(i))) {
                    index = i;
                }
            }
        }
        if (adding) {
            return index >= 0 ? doc : editor.append(doc, listPath, item);
        }
        return index < 0 ? doc : editor.removeItemPruning(doc, listPath, index, 2);
    }

    private boolean matches(YValue value) {
        if (value instanceof YScalar s) {
            return s.text().equals(item);
        }
        return value instanceof YMap m && m.text("path").orElse("").equals(item);
    }
}
