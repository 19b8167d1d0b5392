package org.stackcanvas.model;

import java.util.Map;
import java.util.Objects;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/**
 * One {@code depends_on} entry, list or mapping form. The list form means: condition
 * {@code service_started}, required, no restart.
 */
public record Dependency(String service, String condition, boolean restart, boolean required,
        Map<String, YValue> extensions, SourceLocation location) {

    public static final String SERVICE_STARTED = "service_started";
    public static final String SERVICE_HEALTHY = "service_healthy";
    public static final String SERVICE_COMPLETED_SUCCESSFULLY = "service_completed_successfully";

    public Dependency {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(condition, "condition");
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }
}
