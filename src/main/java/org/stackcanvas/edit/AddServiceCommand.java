package org.stackcanvas.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;

/** Adds a service with an image at the end of {@code services}. */
public final class AddServiceCommand extends DocumentCommand {

    private final String name;
    private final String image;

    public AddServiceCommand(String documentName, String name, String image) {
        super(documentName);
        this.name = Objects.requireNonNull(name, "name");
        this.image = image;
    }

    @Override
    public String description() {
        return "Add service " + name;
    }

    @Override
    protected ComposeDocument apply(ComposeDocument doc, ComposeEditor editor) throws DocumentException {
        ServiceNames.check(doc.name(), name);
        if (ComposeEditor.effective(doc, ComposeEditor.path("services", name)).isPresent()) {
            throw new EditException(doc.name(), "a service named '" + name + "' already exists; choose another name");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (image != null && !image.isBlank()) {
            body.put("image", image);
        }
        return editor.set(doc, ComposeEditor.path("services"), name, body);
    }
}
