package org.stackcanvas.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/**
 * A top-level network. {@code key} is its name in the file; {@code name} the engine name if set.
 * The legacy {@code external: {name: x}} reads as {@code external: true, name: x}.
 */
public record Network(
        String key,
        Optional<String> name,
        Optional<String> driver,
        Map<String, String> driverOpts,
        Optional<Ipam> ipam,
        boolean external,
        Optional<Boolean> internal,
        Optional<Boolean> attachable,
        Optional<Boolean> enableIpv4,
        Optional<Boolean> enableIpv6,
        List<KeyValue> labels,
        Map<String, YValue> otherAttributes,
        Map<String, YValue> extensions,
        SourceLocation location) {

    public Network {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(driver, "driver");
        driverOpts = Copies.ordered(driverOpts);
        Objects.requireNonNull(ipam, "ipam");
        Objects.requireNonNull(internal, "internal");
        Objects.requireNonNull(attachable, "attachable");
        Objects.requireNonNull(enableIpv4, "enableIpv4");
        Objects.requireNonNull(enableIpv6, "enableIpv6");
        labels = List.copyOf(labels);
        otherAttributes = Copies.ordered(otherAttributes);
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }

    /** {@code ipam}: address management. */
    public record Ipam(Optional<String> driver, List<IpamPool> config, Map<String, String> options,
            Map<String, YValue> extensions, SourceLocation location) {
        public Ipam {
            Objects.requireNonNull(driver, "driver");
            config = List.copyOf(config);
            options = Copies.ordered(options);
            extensions = Copies.ordered(extensions);
            Objects.requireNonNull(location, "location");
        }
    }

    /** One {@code ipam.config} entry. */
    public record IpamPool(Optional<String> subnet, Optional<String> ipRange, Optional<String> gateway,
            Map<String, String> auxAddresses, Map<String, YValue> extensions, SourceLocation location) {
        public IpamPool {
            Objects.requireNonNull(subnet, "subnet");
            Objects.requireNonNull(ipRange, "ipRange");
            Objects.requireNonNull(gateway, "gateway");
            auxAddresses = Copies.ordered(auxAddresses);
            extensions = Copies.ordered(extensions);
            Objects.requireNonNull(location, "location");
        }
    }
}
