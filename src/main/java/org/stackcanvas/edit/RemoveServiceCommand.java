package org.stackcanvas.edit;

import java.util.List;
import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.PositionIndex;

/** Removes a service and every reference other services make to it. */
public final class RemoveServiceCommand extends DocumentCommand {

    private final String name;

    public RemoveServiceCommand(String documentName, String name) {
        super(documentName);
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public String description() {
        return "Remove service " + name;
    }

    @Override
    protected ComposeDocument apply(ComposeDocument doc, ComposeEditor editor) throws DocumentException {
        ComposeEditor.requireService(doc, name);
        ComposeDocument current = doc;
        // References last-in-file first, so earlier positions stay valid while we patch.
        for (ServiceReference ref : ServiceReference.find(doc, name)) {
            current = removeReference(current, editor, ref);
        }
        return editor.removePruning(current, ComposeEditor.path("services"), name, 1);
    }

    private static ComposeDocument removeReference(ComposeDocument doc, ComposeEditor editor, ServiceReference ref)
            throws DocumentException {
        PositionIndex index = new PositionIndex(doc);
        PositionIndex.Place place = ref.kind() == ServiceReference.Kind.MAP_KEY
                ? index.keyAt(ref.location()) : index.valueAt(ref.location());
        if (place == null) {
            return doc;
        }
        List<Object> path = place.path();
        int keep = !path.isEmpty() && "services".equals(path.get(0)) ? 2 : 1;
        return switch (ref.kind()) {
            case MAP_KEY -> editor.removePruning(doc, path, ref.text(), keep);
            case LIST_ITEM -> editor.removeItemPruning(doc, path.subList(0, path.size() - 1),
                    (Integer) path.get(path.size() - 1), keep);
            case ATTRIBUTE -> editor.removePruning(doc, parent(path), last(path), keep);
            case EXTENDS -> {
                List<Object> extendsPath = last(path).equals("extends") ? path : parent(path);
                yield editor.removePruning(doc, parent(extendsPath), last(extendsPath), keep);
            }
        };
    }

    private static List<Object> parent(List<Object> path) {
        return path.subList(0, path.size() - 1);
    }

    private static String last(List<Object> path) {
        return String.valueOf(path.get(path.size() - 1));
    }
}
