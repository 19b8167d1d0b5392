package org.stackcanvas.model;

import java.util.ArrayList;
import java.util.List;
import org.stackcanvas.document.SourceLocation;

/**
 * One {@code extra_hosts} list entry, as compose-go reads it: {@code host=ip} or the older
 * {@code host:ip} (cut at the first separator, so {@code host:::1} is IPv6), with several addresses
 * allowed after a comma. Brackets around an IPv6 address are dropped.
 */
public final class ExtraHostSyntax {

    private ExtraHostSyntax() {
    }

    public static Parsed<List<ExtraHost>> parse(String text, SourceLocation location) {
        int cut = text.indexOf('=');
        if (cut < 0) {
            cut = text.indexOf(':');
        }
        if (cut < 0) {
            return Parsed.error("extra host '" + text + "' has no address; write host=address");
        }
        return hosts(text.substring(0, cut), List.of(text.substring(cut + 1).split(",", -1)), location);
    }

    /** A host and its addresses, as the mapping form writes them. */
    public static Parsed<List<ExtraHost>> hosts(String host, List<String> addresses, SourceLocation location) {
        if (host.isEmpty() || host.contains(":") || host.contains("=")) {
            return Parsed.error("'" + host + "' is not a host name for extra_hosts");
        }
        List<ExtraHost> out = new ArrayList<>();
        for (String address : addresses) {
            String a = address.length() > 2 && address.startsWith("[") && address.endsWith("]")
                    ? address.substring(1, address.length() - 1) : address;
            out.add(new ExtraHost(host, a, location));
        }
        return Parsed.ok(out);
    }
}
