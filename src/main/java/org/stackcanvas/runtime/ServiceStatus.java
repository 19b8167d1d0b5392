package org.stackcanvas.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A service's runtime status, summarised over its replicas.
 *
 * @param service    the service name
 * @param state      the most urgent state among its replicas ({@link ContainerState#NOT_CREATED}
 *                   without any)
 * @param running    how many replicas are up
 * @param replicas   how many replica containers exist (one-off {@code run} containers not counted)
 * @param exitCode   the exit code of an exited or restarting replica (the first non-zero one, else 0), when
 *                   any exited
 * @param containers the service's containers, replicas by number, then one-off containers
 */
public record ServiceStatus(String service, ContainerState state, int running, int replicas, OptionalInt exitCode,
        List<ContainerInfo> containers) {

    public ServiceStatus {
        containers = List.copyOf(containers);
    }

    /** The health column: healthy/unhealthy/starting, or empty when the service has no healthcheck result. */
    public String health() {
        return switch (state) {
            case HEALTHY -> "healthy";
            case UNHEALTHY -> "unhealthy";
            case STARTING -> "starting";
            default -> "";
        };
    }

    /**
     * One status per service: the declared services first, in their order (not created when they
     * have no container), then services that only have containers (removed from the file since).
     */
    public static List<ServiceStatus> summarize(List<String> declaredServices, List<ContainerInfo> containers) {
        Map<String, List<ContainerInfo>> byService = new LinkedHashMap<>();
        for (String service : declaredServices) {
            byService.put(service, new ArrayList<>());
        }
        for (ContainerInfo container : containers) {
            byService.computeIfAbsent(container.service(), s -> new ArrayList<>()).add(container);
        }
        List<ServiceStatus> statuses = new ArrayList<>();
        byService.forEach((service, list) -> statuses.add(of(service, list)));
        return statuses;
    }

    static ServiceStatus of(String service, List<ContainerInfo> containers) {
        List<ContainerInfo> sorted = new ArrayList<>(containers);
        sorted.sort(Comparator.comparing(ContainerInfo::oneOff).thenComparingInt(ContainerInfo::number));
        List<ContainerInfo> replicas = sorted.stream().filter(c -> !c.oneOff()).toList();
        ContainerState state = replicas.stream().map(ContainerInfo::state)
                .max(Comparator.comparingInt(ContainerState::attention)).orElse(ContainerState.NOT_CREATED);
        int running = (int) replicas.stream().filter(c -> c.state().isUp()).count();
        OptionalInt exitCode = OptionalInt.empty();
        for (ContainerInfo replica : replicas) {
            if (replica.exitCode().isPresent()
                    && (exitCode.isEmpty() || exitCode.getAsInt() == 0)) {
                exitCode = replica.exitCode();
            }
        }
        return new ServiceStatus(service, state, running, replicas.size(), exitCode, sorted);
    }
}
