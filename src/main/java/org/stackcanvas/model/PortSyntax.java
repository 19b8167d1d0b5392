package org.stackcanvas.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stackcanvas.document.SourceLocation;

/**
 * The short syntax of {@code ports}, read as Docker's {@code nat.ParsePortSpec} does:
 * {@code [[ip:]published:]target[/protocol]}, where published and target may be ranges and an IPv6
 * host address may be bracketed ({@code [::1]:80:80}). Parts that still hold a variable are kept
 * as written and checked once it is substituted.
 */
public final class PortSyntax {

    public static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");

    private PortSyntax() {
    }

    public static Parsed<PortMapping> parse(String spec, SourceLocation location) {
        List<String> parts = Interpolation.split(spec, ':');
        int n = parts.size();
        String container = parts.get(n - 1);
        String host = n >= 2 ? parts.get(n - 2) : "";
        // More than three parts: everything before the published port is an unbracketed IPv6 address.
        String ip = n >= 3 ? String.join(":", parts.subList(0, n - 2)) : "";

        List<String> protoParts = Interpolation.split(container, '/');
        String port = protoParts.get(0);
        if (port.isEmpty()) {
            return invalid(spec, "no container port is given");
        }
        String protocol = protoParts.size() > 1 && !protoParts.get(1).isEmpty()
                ? protoParts.get(1).toLowerCase(Locale.ROOT) : PortMapping.DEFAULT_PROTOCOL;

        if (ip.startsWith("[")) {
            if (!ip.endsWith("]")) {
                return invalid(spec, "the IPv6 address " + ip + " lacks its closing ]");
            }
            ip = ip.substring(1, ip.length() - 1);
        }
        if (!ip.isEmpty() && !Interpolation.hasVariable(ip) && !IpAddresses.isValid(ip)) {
            return invalid(spec, "'" + ip + "' is not an IP address");
        }
        Optional<PortRange> target = Optional.empty();
        if (!Interpolation.hasVariable(port)) {
            Parsed<PortRange> t = PortRange.parse(port);
            if (!t.isOk()) {
                return invalid(spec, "container port: " + t.errorMessage());
            }
            target = t.value();
        }
        if (!host.isEmpty() && !Interpolation.hasVariable(host)) {
            Parsed<PortRange> h = PortRange.parse(host);
            if (!h.isOk()) {
                return invalid(spec, "published port: " + h.errorMessage());
            }
            // A host range with a single container port is a pool Docker picks one port from.
            if (target.isPresent() && !target.get().isSingle() && h.get().size() != target.get().size()) {
                return invalid(spec, "the published range " + host + " and the container range " + port
                        + " differ in size");
            }
        }
        if (!PROTOCOLS.contains(protocol) && !Interpolation.hasVariable(protocol)) {
            return invalid(spec, "'" + protoParts.get(1) + "' is not a protocol; use tcp, udp or sctp");
        }
        return Parsed.ok(new PortMapping(port, host.isEmpty() ? Optional.empty() : Optional.of(host),
                ip.isEmpty() ? Optional.empty() : Optional.of(ip), protocol, PortMapping.DEFAULT_MODE,
                Optional.empty(), Optional.empty(), Optional.of(spec), Map.of(), location));
    }

    private static Parsed<PortMapping> invalid(String spec, String why) {
        return Parsed.error("invalid port '" + spec + "': " + why);
    }
}
