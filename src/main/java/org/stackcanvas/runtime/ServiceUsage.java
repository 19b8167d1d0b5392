package org.stackcanvas.runtime;

import java.util.Objects;

/**
 * What a service's running containers use right now, summed over its replicas.
 *
 * @param service          the service name
 * @param containers       how many running containers were measured
 * @param cpuPercent       CPU as {@code docker stats} shows it: 100 is one whole CPU
 * @param memoryBytes      memory in use, without the page cache (as {@code docker stats})
 * @param memoryLimitBytes the memory limit (the host's memory when none is set), 0 when unknown
 */
public record ServiceUsage(String service, int containers, double cpuPercent, long memoryBytes,
        long memoryLimitBytes) {

    public ServiceUsage {
        Objects.requireNonNull(service, "service");
    }

    /** Adds another replica's usage. */
    ServiceUsage plus(ServiceUsage other) {
        return new ServiceUsage(service, containers + other.containers, cpuPercent + other.cpuPercent,
                memoryBytes + other.memoryBytes, memoryLimitBytes + other.memoryLimitBytes);
    }
}
