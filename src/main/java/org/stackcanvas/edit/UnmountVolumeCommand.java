package org.stackcanvas.edit;

import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;

/** Removes the mount at {@code target} from a service; the top-level volume stays for other users. */
public final class UnmountVolumeCommand extends ServiceCommand {

    private final String target;

    public UnmountVolumeCommand(String documentName, String service, String target) {
        super(documentName, service);
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override
    public String description() {
        return "Unmount " + target + " from " + service;
    }

    @Override
    protected ComposeDocument edit(ComposeDocument doc, YMap current, ComposeEditor editor) throws DocumentException {
        if (current.get("volumes") instanceof YList list) {
            for (int i = 0; i < list.size(); i++) {
                if (MountSyntax.target(list.get(i)).equals(target)) {
                    return editor.removeItemPruning(doc, ComposeEditor.append(servicePath(), "volumes"), i, 2);
                }
            }
        }
        return doc;
    }
}
