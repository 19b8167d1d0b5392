package org.stackcanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YMap;
import org.stackcanvas.model.Service;

/**
 * What a {@link ServiceRule} may look at: one service, typed and as its resolved YAML value, and the
 * file that defines it (where fixes are applied). Nothing else, so its findings can be cached per
 * service and reused while the service is unchanged.
 */
public record ServiceScope(String name, Service service, YMap value, String documentName) {

    public ServiceScope {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(documentName, "documentName");
    }

    /** {@code [services, name, steps...]}. */
    public List<Object> path(Object... steps) {
        List<Object> out = new ArrayList<>(List.of("services", name));
        out.addAll(Arrays.asList(steps));
        return out;
    }

    /** Where {@code attribute} is written, or the service's key when it is not. */
    public SourceLocation at(String attribute) {
        return service.locationOf(attribute).orElse(service.location());
    }
}
