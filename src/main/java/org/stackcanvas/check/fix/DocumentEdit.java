package org.stackcanvas.check.fix;

import java.util.List;
import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.edit.ComposeEditor;
import org.stackcanvas.edit.DocumentCommand;

/** A quick fix's edit outside services: declare or remove a top-level element, drop {@code version}. */
public final class DocumentEdit extends DocumentCommand {

    private final List<Object> mapPath;
    private final String key;
    private final Object value;
    private final String description;

    private DocumentEdit(String documentName, List<Object> mapPath, String key, Object value, String description) {
        super(documentName);
        this.mapPath = List.copyOf(mapPath);
        this.key = Objects.requireNonNull(key, "key");
        this.value = value;
        this.description = Objects.requireNonNull(description, "description");
    }

    public static DocumentEdit set(String doc, List<Object> mapPath, String key, Object value, String description) {
        return new DocumentEdit(doc, mapPath, key, Objects.requireNonNull(value), description);
    }

    public static DocumentEdit remove(String doc, List<Object> mapPath, String key, String description) {
        return new DocumentEdit(doc, mapPath, key, null, description);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    protected ComposeDocument apply(ComposeDocument doc, ComposeEditor editor) throws DocumentException {
        return value == null ? editor.removePruning(doc, mapPath, key, 0) : editor.set(doc, mapPath, key, value);
    }
}
