package org.stackcanvas.edit;

import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;

/**
 * A command that rewrites one file. It computes the new document once; undo and redo put back the
 * exact texts, so redo after undo gives the same bytes as the first execution.
 */
public abstract class DocumentCommand implements Command {

    private final String documentName;
    private ComposeDocument before;
    private ComposeDocument after;

    protected DocumentCommand(String documentName) {
        this.documentName = Objects.requireNonNull(documentName, "documentName");
    }

    /** The edited document; must not change anything when the edit is a no-op. */
    protected abstract ComposeDocument apply(ComposeDocument doc, ComposeEditor editor) throws DocumentException;

    @Override
    public final boolean execute(DocumentStore store) throws EditException {
        before = store.get(documentName);
        try {
            after = apply(before, new ComposeEditor());
        } catch (EditException e) {
            throw e;
        } catch (DocumentException e) {
            throw new EditException(e.location(), e.getMessage());
        }
        if (after.text().equals(before.text())) {
            return false;
        }
        store.put(after);
        return true;
    }

    @Override
    public final void undo(DocumentStore store) {
        store.put(before);
    }

    @Override
    public final void redo(DocumentStore store) {
        store.put(after);
    }

    public String documentName() {
        return documentName;
    }
}
