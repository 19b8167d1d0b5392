package org.stackcanvas.edit;

import java.util.List;
import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/** Disconnects a service from a network; the network itself stays declared for its other users. */
public final class DetachNetworkCommand extends ServiceCommand {

    private final String network;

    public DetachNetworkCommand(String documentName, String service, String network) {
        super(documentName, service);
        this.network = Objects.requireNonNull(network, "network");
    }

    @Override
    public String description() {
        return "Disconnect " + service + " from network " + network;
    }

    @Override
    protected ComposeDocument edit(ComposeDocument doc, YMap current, ComposeEditor editor) throws DocumentException {
        List<Object> networksPath = ComposeEditor.append(servicePath(), "networks");
        YValue networks = current.get("networks");
        if (networks instanceof YList list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof YScalar s && s.text().equals(network)) {
                    return editor.removeItemPruning(doc, networksPath, i, 2);
                }
            }
        } else if (networks instanceof YMap map && map.has(network)) {
            return editor.removePruning(doc, networksPath, network, 2);
        }
        return doc;
    }
}
