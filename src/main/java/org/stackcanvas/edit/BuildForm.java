package org.stackcanvas.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;

/** Turns {@code build: ./dir} into {@code build: {context: ./dir}} when a nested key must be written. */
final class BuildForm {

    private BuildForm() {
    }

    static ComposeDocument expandIfShort(ComposeDocument doc, String service, String firstStep, ComposeEditor editor)
            throws DocumentException {
        if (!firstStep.equals("build")) {
            return doc;
        }
        YMap current = ComposeEditor.requireService(doc, service);
        if (current.get("build") instanceof YScalar s && s.kind() != YScalar.Kind.NULL) {
            Map<String, Object> longForm = new LinkedHashMap<>();
            longForm.put("context", s.text());
            return editor.set(doc, ComposeEditor.path("services", service), "build", longForm);
        }
        return doc;
    }
}
