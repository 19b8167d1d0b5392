package org.stackcanvas.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/** Connects a service to a network, declaring the network at the top level when it is new. */
public final class AttachNetworkCommand extends ServiceCommand {

    private final String network;

    public AttachNetworkCommand(String documentName, String service, String network) {
        super(documentName, service);
        this.network = Objects.requireNonNull(network, "network");
    }

    @Override
    public String description() {
        return "Connect " + service + " to network " + network;
    }

    @Override
    protected ComposeDocument edit(ComposeDocument doc, YMap current, ComposeEditor editor) throws DocumentException {
        if (current.get("network_mode") instanceof YScalar mode) {
            throw new EditException(mode.location(), service + " uses network_mode: " + mode.text()
                    + ", which cannot be combined with networks; remove network_mode first");
        }
        List<Object> networksPath = ComposeEditor.append(servicePath(), "networks");
        YValue networks = current.get("networks");
        ComposeDocument updated;
        if (networks instanceof YList list) {
            boolean present = list.items().stream().anyMatch(i -> i instanceof YScalar s && s.text().equals(network));
            updated = present ? doc : editor.append(doc, networksPath, network);
        } else if (networks instanceof YMap map) {
            updated = map.has(network) ? doc : editor.set(doc, networksPath, network, null);
        } else {
            updated = editor.set(doc, servicePath(), "networks", List.of(network));
        }
        return declare(updated, editor);
    }

    private ComposeDocument declare(ComposeDocument doc, ComposeEditor editor) throws DocumentException {
        if (network.equals("default")
                || ComposeEditor.effective(doc, ComposeEditor.path("networks", network)).isPresent()) {
            return doc;
        }
        Map<String, Object> empty = new LinkedHashMap<>();
        return editor.set(doc, ComposeEditor.path("networks"), network, empty);
    }
}
