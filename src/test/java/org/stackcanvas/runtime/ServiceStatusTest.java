package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ServiceStatusTest {

    private static ContainerInfo container(String service, int number, String state, String status) {
        return container(service, number, false, state, status);
    }

    private static ContainerInfo container(String service, int number, boolean oneOff, String state, String status) {
        return ContainerInfo.of("id-" + service + number, List.of("/shop-" + service + "-" + number),
                Map.of(ContainerInfo.PROJECT_LABEL, "shop", ContainerInfo.SERVICE_LABEL, service,
                        ContainerInfo.NUMBER_LABEL, String.valueOf(number),
                        ContainerInfo.ONEOFF_LABEL, oneOff ? "True" : "False"),
                state, status);
    }

    @Test
    void readsLabelsStateHealthAndExitCode() {
        ContainerInfo info = container("web", 2, "running", "Up 5 seconds (healthy)");
        assertThat(info.project()).isEqualTo("shop");
        assertThat(info.service()).isEqualTo("web");
        assertThat(info.number()).isEqualTo(2);
        assertThat(info.name()).isEqualTo("shop-web-2");
        assertThat(info.oneOff()).isFalse();
        assertThat(info.state()).isEqualTo(ContainerState.HEALTHY);
        assertThat(info.health()).isEqualTo("healthy");

        assertThat(container("a", 1, "running", "Up 1 second (unhealthy)").state()).isEqualTo(ContainerState.UNHEALTHY);
        assertThat(container("a", 1, "running", "Up 1 second (health: starting)").state())
                .isEqualTo(ContainerState.STARTING);
        assertThat(container("a", 1, "running", "Up 1 second").state()).isEqualTo(ContainerState.RUNNING);
        assertThat(container("a", 1, "created", "Created").state()).isEqualTo(ContainerState.CREATED);
        ContainerInfo restarting = container("a", 1, "restarting", "Restarting (1) 2 seconds ago");
        assertThat(restarting.state()).isEqualTo(ContainerState.RESTARTING);
        assertThat(restarting.exitCode()).as("the code it keeps crashing with").isEqualTo(OptionalInt.of(1));
        assertThat(ServiceStatus.of("a", List.of(restarting)).exitCode()).isEqualTo(OptionalInt.of(1));
        ContainerInfo exited = container("a", 1, "exited", "Exited (137) 3 minutes ago");
        assertThat(exited.state()).isEqualTo(ContainerState.EXITED);
        assertThat(exited.exitCode()).isEqualTo(OptionalInt.of(137));
    }

    @Test
    void summarizesReplicasPerServiceInDeclaredOrder() {
        List<ServiceStatus> statuses = ServiceStatus.summarize(List.of("web", "db", "cache", "job"), List.of(
                container("db", 1, "running", "Up 3 seconds (healthy)"),
                container("web", 2, "running", "Up 3 seconds"),
                container("web", 1, "running", "Up 4 seconds"),
                container("web", 3, "exited", "Exited (2) 1 second ago"),
                container("web", 1, true, "running", "Up 1 second"),
                container("job", 1, "exited", "Exited (0) 1 second ago"),
                container("old", 1, "running", "Up 1 hour")));

        assertThat(statuses).extracting(ServiceStatus::service).containsExactly("web", "db", "cache", "job", "old");
        ServiceStatus web = statuses.get(0);
        assertThat(web.replicas()).isEqualTo(3);
        assertThat(web.running()).isEqualTo(2);
        assertThat(web.state()).isEqualTo(ContainerState.EXITED);
        assertThat(web.exitCode()).isEqualTo(OptionalInt.of(2));
        assertThat(web.containers()).extracting(ContainerInfo::number).containsExactly(1, 2, 3, 1);
        assertThat(web.containers().get(3).oneOff()).isTrue();

        ServiceStatus db = statuses.get(1);
        assertThat(db.state()).isEqualTo(ContainerState.HEALTHY);
        assertThat(db.health()).isEqualTo("healthy");
        assertThat(db.running()).isEqualTo(1);

        ServiceStatus cache = statuses.get(2);
        assertThat(cache.state()).isEqualTo(ContainerState.NOT_CREATED);
        assertThat(cache.replicas()).isZero();

        assertThat(statuses.get(3).exitCode()).isEqualTo(OptionalInt.of(0));
        assertThat(statuses.get(3).running()).isZero();
    }

    @Test
    void unhealthyReplicaWinsOverHealthyOnes() {
        ServiceStatus status = ServiceStatus.summarize(List.of("api"), List.of(
                container("api", 1, "running", "Up 1 minute (healthy)"),
                container("api", 2, "running", "Up 1 minute (unhealthy)"))).get(0);
        assertThat(status.state()).isEqualTo(ContainerState.UNHEALTHY);
        assertThat(status.running()).isEqualTo(2);
    }
}
