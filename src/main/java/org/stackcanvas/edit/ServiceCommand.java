package org.stackcanvas.edit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.BlockWriter;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YValue;

/**
 * A change to one service's own attributes. After the edit, any other service whose resolved
 * definition changed (because the edited text was an anchor it merges) gets a local copy of its
 * previous value, so an edit to one service never changes another.
 */
public abstract class ServiceCommand extends DocumentCommand {

    protected final String service;

    protected ServiceCommand(String documentName, String service) {
        super(documentName);
        this.service = Objects.requireNonNull(service, "service");
    }

    protected abstract ComposeDocument edit(ComposeDocument doc, YMap serviceValue, ComposeEditor editor)
            throws DocumentException;

    protected List<Object> servicePath() {
        return ComposeEditor.path("services", service);
    }

    @Override
    protected final ComposeDocument apply(ComposeDocument doc, ComposeEditor editor) throws DocumentException {
        YMap before = ComposeEditor.requireService(doc, service);
        ComposeDocument edited = edit(doc, before, editor);
        return protectOthers(doc, edited, editor);
    }

    private ComposeDocument protectOthers(ComposeDocument before, ComposeDocument after, ComposeEditor editor)
            throws DocumentException {
        if (!(ComposeEditor.effective(before, ComposeEditor.path("services")).orElse(null) instanceof YMap old)) {
            return after;
        }
        ComposeDocument current = after;
        for (YMap.Entry entry : old.entryList()) {
            String other = entry.key();
            if (other.equals(service) || !(entry.value() instanceof YMap was)) {
                continue;
            }
            Optional<YMap> now = ComposeEditor.service(current, other);
            if (now.isEmpty()) {
                continue;
            }
            for (YMap.Entry attribute : was.entryList()) {
                Object previous = BlockWriter.plain(attribute.value());
                YValue present = now.get().get(attribute.key());
                if (present == null || !Objects.equals(previous, BlockWriter.plain(present))) {
                    current = editor.set(current, ComposeEditor.path("services", other), attribute.key(), previous);
                }
            }
        }
        return current;
    }
}
