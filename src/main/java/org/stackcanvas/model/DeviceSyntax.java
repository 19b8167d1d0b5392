package org.stackcanvas.model;

import java.util.Map;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;

/**
 * The short syntax of {@code devices}: {@code host}, {@code host:container} or
 * {@code host:container:permissions}; permissions default to {@code rwm} and the container path to
 * the host path, as compose-go fills them in.
 */
public final class DeviceSyntax {

    public static final String DEFAULT_PERMISSIONS = "rwm";

    private DeviceSyntax() {
    }

    public static Parsed<DeviceMapping> parse(String text, SourceLocation location) {
        String[] parts = text.split(":", -1);
        if (text.isEmpty() || parts.length > 3) {
            return Parsed.error("device '" + text + "' is confusing; write host[:container[:permissions]]"
                    + " or use the long syntax");
        }
        String target = parts.length > 1 ? parts[1] : parts[0];
        String permissions = parts.length > 2 ? parts[2] : DEFAULT_PERMISSIONS;
        return Parsed.ok(new DeviceMapping(parts[0], Optional.of(target), Optional.of(permissions),
                Optional.of(text), Map.of(), location));
    }
}
