package org.stackcanvas.edit;

import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;

/**
 * Removes a top-level network, volume, secret or config declaration; an emptied section goes too.
 * Services that use it are not changed here: the caller detaches them in the same compound step
 * (services are removed with {@link RemoveServiceCommand}, which also drops every reference).
 */
public final class RemoveTopLevelCommand extends DocumentCommand {

    private final String section;
    private final String name;

    public RemoveTopLevelCommand(String documentName, String section, String name) {
        super(documentName);
        if (!AddTopLevelCommand.SECTIONS.contains(section) || section.equals("services")) {
            throw new IllegalArgumentException("not a resource section: " + section);
        }
        this.section = section;
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public String description() {
        return "Remove " + AddTopLevelCommand.singular(section) + " " + name;
    }

    @Override
    protected ComposeDocument apply(ComposeDocument doc, ComposeEditor editor) throws DocumentException {
        if (ComposeEditor.effective(doc, ComposeEditor.path(section, name)).isEmpty()) {
            return doc;
        }
        return editor.removePruning(doc, ComposeEditor.path(section), name, 0);
    }
}
