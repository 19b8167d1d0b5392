package org.stackcanvas.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.PositionIndex;
import org.stackcanvas.document.YMap;

/** Renames a service and every reference to it, each in place. */
public final class RenameServiceCommand extends DocumentCommand {

    private final String oldName;
    private final String newName;

    public RenameServiceCommand(String documentName, String oldName, String newName) {
        super(documentName);
        this.oldName = Objects.requireNonNull(oldName, "oldName");
        this.newName = Objects.requireNonNull(newName, "newName");
    }

    @Override
    public String description() {
        return "Rename service " + oldName + " to " + newName;
    }

    @Override
    protected ComposeDocument apply(ComposeDocument doc, ComposeEditor editor) throws DocumentException {
        ComposeEditor.requireService(doc, oldName);
        if (oldName.equals(newName)) {
            return doc;
        }
        ServiceNames.check(doc.name(), newName);
        if (ComposeEditor.service(doc, newName).isPresent()) {
            throw new EditException(doc.name(), "a service named '" + newName + "' already exists; choose another name");
        }
        YMap services = (YMap) ComposeEditor.effective(doc, ComposeEditor.path("services")).orElseThrow();
        List<ServiceReference> edits = new ArrayList<>(ServiceReference.find(doc, oldName));
        edits.add(new ServiceReference(ServiceReference.Kind.MAP_KEY, services.keyLocation(oldName), oldName, ""));
        edits.sort(Comparator.comparingInt((ServiceReference r) -> r.location().line())
                .thenComparingInt(r -> r.location().column()).reversed());
        ComposeDocument current = doc;
        for (ServiceReference ref : edits) {
            PositionIndex index = new PositionIndex(current);
            if (ref.kind() == ServiceReference.Kind.MAP_KEY) {
                PositionIndex.Place place = index.keyAt(ref.location());
                if (place != null) {
                    current = editor.patcher().renameKey(current, place.path(), oldName, newName);
                }
            } else {
                PositionIndex.Place place = index.valueAt(ref.location());
                if (place != null) {
                    current = editor.patcher().setScalar(current, place.path(), ref.renamed(oldName, newName));
                }
            }
        }
        return current;
    }
}
