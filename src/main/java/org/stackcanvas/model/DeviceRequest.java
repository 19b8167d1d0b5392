package org.stackcanvas.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/**
 * A request for devices such as GPUs ({@code gpus}, {@code deploy.resources.reservations.devices}).
 * {@code count} is text because it may be {@code all}.
 */
public record DeviceRequest(List<String> capabilities, Optional<String> count, List<String> deviceIds,
        Optional<String> driver, List<KeyValue> options, Map<String, YValue> extensions, SourceLocation location) {

    public DeviceRequest {
        capabilities = List.copyOf(capabilities);
        Objects.requireNonNull(count, "count");
        deviceIds = List.copyOf(deviceIds);
        Objects.requireNonNull(driver, "driver");
        options = List.copyOf(options);
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }

    /** {@code gpus: all}. */
    public static DeviceRequest allGpus(SourceLocation location) {
        return new DeviceRequest(List.of(), Optional.of("all"), List.of(), Optional.empty(), List.of(), Map.of(),
                location);
    }
}
