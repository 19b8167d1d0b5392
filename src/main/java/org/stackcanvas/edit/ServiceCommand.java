package org.stackcanvas.edit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.BlockWriter;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
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
            for (String gained : now.get().keys()) {
                if (!was.has(gained)) {
                    // YAML has no way to take back one merged key, so the edit cannot be kept local.
                    throw new EditException(now.get().keyLocation(gained), "service " + other + " merges "
                            + service + "'s definition (<<), so adding " + gained + " to " + service
                            + " would add it to " + other + " too; move what they share into an x- block, "
                            + "or edit the text directly");
                }
            }
            for (YMap.Entry attribute : was.entryList()) {
                YValue present = now.get().get(attribute.key());
                if (present == null || !sameValue(attribute.value(), present)) {
                    current = editor.set(current, ComposeEditor.path("services", other), attribute.key(),
                            BlockWriter.plain(attribute.value()));
                }
            }
        }
        return current;
    }

    /** Equal as Compose reads them: same structure, kinds, texts and tags, wherever they are written. */
    static boolean sameValue(YValue a, YValue b) {
        if (a instanceof YScalar x && b instanceof YScalar y) {
            return x.kind() == y.kind() && x.text().equals(y.text()) && x.tag() == y.tag();
        }
        if (a instanceof YList x && b instanceof YList y) {
            if (x.size() != y.size() || x.tag() != y.tag()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!sameValue(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof YMap x && b instanceof YMap y) {
            if (!x.keys().equals(y.keys()) || x.tag() != y.tag()) {
                return false;
            }
            for (String key : x.keys()) {
                if (!sameValue(x.get(key), y.get(key))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
