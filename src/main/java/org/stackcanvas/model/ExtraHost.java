package org.stackcanvas.model;

import java.util.Objects;
import org.stackcanvas.document.SourceLocation;

/** One host name to address mapping from {@code extra_hosts} (brackets around IPv6 removed). */
public record ExtraHost(String host, String address, SourceLocation location) {

    public ExtraHost {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(location, "location");
    }
}
