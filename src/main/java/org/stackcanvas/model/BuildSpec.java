package org.stackcanvas.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/**
 * A service's {@code build}. The short form ({@code build: ./dir}) is the context alone and sets
 * {@code shortForm}. {@code context} is empty when not written; Compose then builds from {@code .}.
 */
public record BuildSpec(
        Optional<String> context,
        Optional<String> dockerfile,
        Optional<String> dockerfileInline,
        Optional<String> target,
        List<KeyValue> args,
        List<KeyValue> ssh,
        List<KeyValue> labels,
        List<String> cacheFrom,
        List<String> cacheTo,
        Optional<Boolean> noCache,
        List<String> noCacheFilter,
        List<KeyValue> additionalContexts,
        Optional<String> network,
        Optional<String> provenance,
        Optional<String> sbom,
        Optional<Boolean> pull,
        Optional<ByteSize> shmSize,
        List<ExtraHost> extraHosts,
        Optional<String> isolation,
        Optional<Boolean> privileged,
        List<FileReference> secrets,
        List<String> tags,
        List<Ulimit> ulimits,
        List<String> platforms,
        List<String> entitlements,
        boolean shortForm,
        Map<String, YValue> otherAttributes,
        Map<String, YValue> extensions,
        SourceLocation location) {

    public BuildSpec {
        Objects.requireNonNull(context, "context");
        args = List.copyOf(args);
        ssh = List.copyOf(ssh);
        labels = List.copyOf(labels);
        cacheFrom = List.copyOf(cacheFrom);
        cacheTo = List.copyOf(cacheTo);
        noCacheFilter = List.copyOf(noCacheFilter);
        additionalContexts = List.copyOf(additionalContexts);
        extraHosts = List.copyOf(extraHosts);
        secrets = List.copyOf(secrets);
        tags = List.copyOf(tags);
        ulimits = List.copyOf(ulimits);
        platforms = List.copyOf(platforms);
        entitlements = List.copyOf(entitlements);
        otherAttributes = Copies.ordered(otherAttributes);
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }

    /** {@code build: <context>}. */
    public static BuildSpec ofContext(String context, SourceLocation location) {
        return new BuildSpec(Optional.of(context), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), true, Map.of(), Map.of(),
                location);
    }
}
