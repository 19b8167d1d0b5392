package org.stackcanvas.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/**
 * A compose project as typed, read-only data: what {@link ModelBuilder} reads from a resolved YAML
 * tree. Maps keep the order of the file. Top-level keys the model does not type are kept in
 * {@code otherAttributes}, {@code x-} keys in {@code extensions}.
 */
public record ComposeModel(
        Optional<String> name,
        Optional<String> version,
        List<Include> includes,
        Map<String, Service> services,
        Map<String, Network> networks,
        Map<String, Volume> volumes,
        Map<String, Secret> secrets,
        Map<String, Config> configs,
        Map<String, AiModel> models,
        Map<String, YValue> otherAttributes,
        Map<String, YValue> extensions,
        SourceLocation location) {

    public ComposeModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        includes = List.copyOf(includes);
        services = Copies.ordered(services);
        networks = Copies.ordered(networks);
        volumes = Copies.ordered(volumes);
        secrets = Copies.ordered(secrets);
        configs = Copies.ordered(configs);
        models = Copies.ordered(models);
        otherAttributes = Copies.ordered(otherAttributes);
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }

    public Optional<Service> service(String serviceName) {
        return Optional.ofNullable(services.get(serviceName));
    }
}
