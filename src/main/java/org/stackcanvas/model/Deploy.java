package org.stackcanvas.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/**
 * A service's {@code deploy}. Compose applies {@code replicas} and {@code resources} locally; the
 * rest matters to Swarm. Every nested object keeps its own {@code x-} extensions.
 */
public record Deploy(
        Optional<String> mode,
        Optional<Long> replicas,
        List<KeyValue> labels,
        Optional<UpdateConfig> updateConfig,
        Optional<UpdateConfig> rollbackConfig,
        Optional<Resources> resources,
        Optional<RestartPolicy> restartPolicy,
        Optional<Placement> placement,
        Optional<String> endpointMode,
        Map<String, YValue> extensions,
        SourceLocation location) {

    public Deploy {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(replicas, "replicas");
        labels = List.copyOf(labels);
        Objects.requireNonNull(updateConfig, "updateConfig");
        Objects.requireNonNull(rollbackConfig, "rollbackConfig");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(restartPolicy, "restartPolicy");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(endpointMode, "endpointMode");
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }

    /** {@code update_config} or {@code rollback_config}. */
    public record UpdateConfig(Optional<Long> parallelism, Optional<TimeSpan> delay, Optional<String> failureAction,
            Optional<TimeSpan> monitor, Optional<Double> maxFailureRatio, Optional<String> order,
            Map<String, YValue> extensions, SourceLocation location) {
        public UpdateConfig {
            Objects.requireNonNull(parallelism, "parallelism");
            Objects.requireNonNull(delay, "delay");
            Objects.requireNonNull(failureAction, "failureAction");
            Objects.requireNonNull(monitor, "monitor");
            Objects.requireNonNull(maxFailureRatio, "maxFailureRatio");
            Objects.requireNonNull(order, "order");
            extensions = Copies.ordered(extensions);
            Objects.requireNonNull(location, "location");
        }
    }

    /** {@code resources}: limits and reservations. */
    public record Resources(Optional<ResourceSpec> limits, Optional<ResourceSpec> reservations,
            Map<String, YValue> extensions, SourceLocation location) {
        public Resources {
            Objects.requireNonNull(limits, "limits");
            Objects.requireNonNull(reservations, "reservations");
            extensions = Copies.ordered(extensions);
            Objects.requireNonNull(location, "location");
        }
    }

    /** One side of {@code resources}; devices and generic resources only make sense as reservations. */
    public record ResourceSpec(Optional<Double> cpus, Optional<ByteSize> memory, Optional<Long> pids,
            List<DeviceRequest> devices, List<GenericResource> genericResources, Map<String, YValue> extensions,
            SourceLocation location) {
        public ResourceSpec {
            Objects.requireNonNull(cpus, "cpus");
            Objects.requireNonNull(memory, "memory");
            Objects.requireNonNull(pids, "pids");
            devices = List.copyOf(devices);
            genericResources = List.copyOf(genericResources);
            extensions = Copies.ordered(extensions);
            Objects.requireNonNull(location, "location");
        }
    }

    /** A {@code discrete_resource_spec} such as {@code {kind: SSD, value: 2}}. */
    public record GenericResource(String kind, long value, SourceLocation location) {
        public GenericResource {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(location, "location");
        }
    }

    /** {@code restart_policy}. */
    public record RestartPolicy(Optional<String> condition, Optional<TimeSpan> delay, Optional<Long> maxAttempts,
            Optional<TimeSpan> window, Map<String, YValue> extensions, SourceLocation location) {
        public RestartPolicy {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(delay, "delay");
            Objects.requireNonNull(maxAttempts, "maxAttempts");
            Objects.requireNonNull(window, "window");
            extensions = Copies.ordered(extensions);
            Objects.requireNonNull(location, "location");
        }
    }

    /** {@code placement}; {@code preferences} holds the {@code spread} of each preference. */
    public record Placement(List<String> constraints, List<String> preferences, Optional<Long> maxReplicasPerNode,
            Map<String, YValue> extensions, SourceLocation location) {
        public Placement {
            constraints = List.copyOf(constraints);
            preferences = List.copyOf(preferences);
            Objects.requireNonNull(maxReplicasPerNode, "maxReplicasPerNode");
            extensions = Copies.ordered(extensions);
            Objects.requireNonNull(location, "location");
        }
    }
}
