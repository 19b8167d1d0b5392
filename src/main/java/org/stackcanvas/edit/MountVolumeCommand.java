package org.stackcanvas.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;

/**
 * Mounts a named volume or a host path into a service at {@code target}. A named volume is declared
 * at the top level when new. The mount is written in the form the service's other mounts use.
 */
public final class MountVolumeCommand extends ServiceCommand {

    private final String source;
    private final String target;
    private final boolean readOnly;

    public MountVolumeCommand(String documentName, String service, String source, String target, boolean readOnly) {
        super(documentName, service);
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        this.readOnly = readOnly;
    }

    @Override
    public String description() {
        return "Mount " + source + " into " + service + " at " + target;
    }

    @Override
    protected ComposeDocument edit(ComposeDocument doc, YMap current, ComposeEditor editor) throws DocumentException {
        if (!target.startsWith("/") && !target.matches("^[a-zA-Z]:\\\\.*")) {
            throw new EditException(doc.name(), "the mount target '" + target
                    + "' must be an absolute path inside the container, e.g. /data");
        }
        List<Object> volumesPath = ComposeEditor.append(servicePath(), "volumes");
        ComposeDocument updated;
        if (current.get("volumes") instanceof YList list) {
            int existing = -1;
            boolean longForm = false;
            for (int i = 0; i < list.size(); i++) {
                longForm |= list.get(i) instanceof YMap;
                if (MountSyntax.target(list.get(i)).equals(target)) {
                    existing = i;
                }
            }
            Object mount = longForm ? longForm() : shortForm();
            ComposeDocument local = editor.localize(doc, volumesPath);
            updated = existing < 0 ? editor.append(local, volumesPath, mount)
                    : editor.patcher().replaceItem(local, volumesPath, existing, mount);
        } else {
            updated = editor.set(doc, servicePath(), "volumes", List.of(shortForm()));
        }
        return declare(updated, editor);
    }

    private String shortForm() {
        return source + ":" + target + (readOnly ? ":ro" : "");
    }

    private Map<String, Object> longForm() {
        Map<String, Object> mount = new LinkedHashMap<>();
        mount.put("type", MountSyntax.isNamedVolume(source) ? "volume" : "bind");
        mount.put("source", source);
        mount.put("target", target);
        if (readOnly) {
            mount.put("read_only", Boolean.TRUE);
        }
        return mount;
    }

    private ComposeDocument declare(ComposeDocument doc, ComposeEditor editor) throws DocumentException {
        if (!MountSyntax.isNamedVolume(source)
                || ComposeEditor.effective(doc, ComposeEditor.path("volumes", source)).isPresent()) {
            return doc;
        }
        return editor.set(doc, ComposeEditor.path("volumes"), source, new LinkedHashMap<String, Object>());
    }
}
