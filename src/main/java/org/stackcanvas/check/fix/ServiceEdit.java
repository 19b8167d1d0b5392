package org.stackcanvas.check.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YMap;
import org.stackcanvas.edit.ComposeEditor;
import org.stackcanvas.edit.ServiceCommand;

/**
 * A quick fix's edit inside one service: set a key, remove a key, append to a list, or remove or
 * replace a list item, at a path below {@code services.<name>}. An undoable {@link ServiceCommand},
 * so anchors other services merge stay untouched.
 */
public final class ServiceEdit extends ServiceCommand {

    private enum Op { SET, REMOVE, APPEND, REMOVE_ITEM, REPLACE_ITEM }

    private final Op op;
    private final List<Object> subPath;
    private final String key;
    private final int index;
    private final Object value;
    private final String description;

    private ServiceEdit(String documentName, String service, Op op, List<Object> subPath, String key, int index,
            Object value, String description) {
        super(documentName, service);
        this.op = op;
        this.subPath = List.copyOf(subPath);
        this.key = key;
        this.index = index;
        this.value = value;
        this.description = Objects.requireNonNull(description, "description");
    }

    /** Sets {@code key} of the mapping at {@code subPath} (created when missing). */
    public static ServiceEdit set(String doc, String service, List<Object> subPath, String key, Object value,
            String description) {
        return new ServiceEdit(doc, service, Op.SET, subPath, key, -1, Objects.requireNonNull(value), description);
    }

    /** Removes {@code key} of the mapping at {@code subPath}; an emptied mapping goes too. */
    public static ServiceEdit remove(String doc, String service, List<Object> subPath, String key, String description) {
        return new ServiceEdit(doc, service, Op.REMOVE, subPath, key, -1, null, description);
    }

    public static ServiceEdit append(String doc, String service, List<Object> listPath, Object item,
            String description) {
        return new ServiceEdit(doc, service, Op.APPEND, listPath, null, -1, Objects.requireNonNull(item), description);
    }

    public static ServiceEdit removeItem(String doc, String service, List<Object> listPath, int index,
            String description) {
        return new ServiceEdit(doc, service, Op.REMOVE_ITEM, listPath, null, index, null, description);
    }

    public static ServiceEdit replaceItem(String doc, String service, List<Object> listPath, int index, Object item,
            String description) {
        return new ServiceEdit(doc, service, Op.REPLACE_ITEM, listPath, null, index, Objects.requireNonNull(item),
                description);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    protected ComposeDocument edit(ComposeDocument doc, YMap serviceValue, ComposeEditor editor)
            throws DocumentException {
        List<Object> path = new ArrayList<>(servicePath());
        path.addAll(subPath);
        return switch (op) {
            case SET -> editor.set(doc, path, key, value);
            case REMOVE -> editor.removePruning(doc, path, key, 2);
            case APPEND -> editor.append(doc, path, value);
            case REMOVE_ITEM -> editor.removeItemPruning(doc, path, index, 2);
            case REPLACE_ITEM -> editor.patcher().replaceItem(editor.localize(doc, path), path, index, value);
        };
    }
}
