package org.stackcanvas.edit;

import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YMap;

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
        return editor.removeName(doc, ComposeEditor.append(servicePath(), "networks"), network);
    }
}
