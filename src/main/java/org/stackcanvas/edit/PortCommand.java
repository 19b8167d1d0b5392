package org.stackcanvas.edit;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;

/** Publishes ({@link #add}) or stops publishing ({@link #remove}) a port written in short syntax. */
public final class PortCommand extends ServiceCommand {

    private static final Pattern SHORT_PORT = Pattern.compile(
            "((\\[[0-9a-fA-F:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp|sctp))?");

    private final String spec;
    private final boolean adding;

    private PortCommand(String documentName, String service, String spec, boolean adding) {
        super(documentName, service);
        this.spec = Objects.requireNonNull(spec, "spec");
        this.adding = adding;
    }

    public static PortCommand add(String documentName, String service, String spec) {
        return new PortCommand(documentName, service, spec, true);
    }

    public static PortCommand remove(String documentName, String service, String spec) {
        return new PortCommand(documentName, service, spec, false);
    }

    /** Every port number (host addresses aside) is one a socket can have. */
    private boolean inRange() {
        String ports = spec.replaceFirst("/[a-z]+$", "").replaceFirst("^\\[[^\\]]*\\]:", "");
        for (String part : ports.split(":")) {
            if (part.contains(".")) {
                continue; // an IPv4 host address
            }
            for (String number : part.split("-")) {
                if (number.length() > 5 || Integer.parseInt(number) < 1 || Integer.parseInt(number) > 65535) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String description() {
        return (adding ? "Publish port " : "Unpublish port ") + spec + " of " + service;
    }

    @Override
    protected ComposeDocument edit(ComposeDocument doc, YMap current, ComposeEditor editor) throws DocumentException {
        if (!SHORT_PORT.matcher(spec).matches() || adding && !inRange()) {
            throw new EditException(doc.name(), "'" + spec + "' is not a port mapping; write it as "
                    + "[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL] with ports from 1 to 65535, "
                    + "e.g. 8080:80 or 127.0.0.1:5432:5432");
        }
        List<Object> portsPath = ComposeEditor.append(servicePath(), "ports");
        int index = -1;
        if (current.get("ports") instanceof YList list) {
            for (int i = 0; i < list.size() && index < 0; i++) {
                if (list.get(i) instanceof YScalar s && s.text().equals(spec)) {
                    index = i;
                }
            }
        }
        if (adding) {
            return index >= 0 ? doc : editor.append(doc, portsPath, spec);
        }
        return index < 0 ? doc : editor.removeItemPruning(doc, portsPath, index, 2);
    }
}
