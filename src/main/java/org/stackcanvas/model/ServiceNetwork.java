package org.stackcanvas.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/** A service's attachment to a network, from the list form (name only) or the mapping form. */
public record ServiceNetwork(
        String name,
        List<String> aliases,
        Optional<String> ipv4Address,
        Optional<String> ipv6Address,
        Optional<String> interfaceName,
        Optional<String> macAddress,
        List<String> linkLocalIps,
        Map<String, String> driverOpts,
        Optional<Long> priority,
        Optional<Long> gwPriority,
        Map<String, YValue> extensions,
        SourceLocation location) {

    public ServiceNetwork {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(ipv4Address, "ipv4Address");
        Objects.requireNonNull(ipv6Address, "ipv6Address");
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(macAddress, "macAddress");
        linkLocalIps = List.copyOf(linkLocalIps);
        driverOpts = Copies.ordered(driverOpts);
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(gwPriority, "gwPriority");
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }

    /** Just the name, as the list form writes it. */
    public static ServiceNetwork named(String name, SourceLocation location) {
        return new ServiceNetwork(name, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Map.of(), Optional.empty(), Optional.empty(), Map.of(), location);
    }

    /** Whether nothing but the name is set (Compose prints such an attachment as {@code name: null}). */
    public boolean isPlain() {
        return equals(named(name, location));
    }
}
