package org.stackcanvas.edit;

import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.DocumentParser;

/** Replaces a document's whole text, as typed in the YAML pane; refused when the text is not valid YAML. */
public final class ReplaceTextCommand extends DocumentCommand {

    private final String text;

    public ReplaceTextCommand(String documentName, String text) {
        super(documentName);
        this.text = Objects.requireNonNull(text, "text");
    }

    @Override
    public String description() {
        return "Edit YAML text";
    }

    @Override
    protected ComposeDocument apply(ComposeDocument doc, ComposeEditor editor) throws DocumentException {
        if (doc.text().equals(text)) {
            return doc;
        }
        return new DocumentParser().parse(doc.name(), doc.path().orElse(null), doc.source().withText(text));
    }
}
