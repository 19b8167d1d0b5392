package org.stackcanvas.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stackcanvas.runtime.ContainerInfo;
import org.stackcanvas.runtime.ServiceStatus;
import org.stackcanvas.ui.canvas.RuntimeChip;

class StatusLookTest {

    /** A service's status from containers given as Engine state and status text pairs. */
    static ServiceStatus status(String service, String... stateAndStatus) {
        List<ContainerInfo> containers = new ArrayList<>();
        for (int i = 0; i < stateAndStatus.length; i += 2) {
            int number = i / 2 + 1;
            containers.add(ContainerInfo.of(service + number, List.of("/shop_" + service + "_" + number),
                    Map.of(ContainerInfo.PROJECT_LABEL, "shop", ContainerInfo.SERVICE_LABEL, service,
                            ContainerInfo.NUMBER_LABEL, String.valueOf(number)),
                    stateAndStatus[i], stateAndStatus[i + 1]));
        }
        return ServiceStatus.summarize(List.of(service), containers).get(0);
    }

    @Test
    void eachStateReadsAsWordsWithItsReplicasAndColour() {
        assertChip(status("web", "running", "Up 3 seconds (healthy)"), "healthy 1/1", "ok");
        assertChip(status("web", "running", "Up 3 seconds"), "running 1/1", "ok");
        assertChip(status("web", "running", "Up 1 second (health: starting)"), "starting 1/1", "starting");
        assertChip(status("web", "running", "Up 9 seconds (unhealthy)"), "unhealthy 1/1", "failed");
        assertChip(status("web", "restarting", "Restarting (1) 2 seconds ago"), "restarting 0/1", "restarting");
        assertChip(status("job", "exited", "Exited (3) 5 seconds ago"), "exited (3)", "failed");
        assertChip(status("job", "exited", "Exited (0) 5 seconds ago"), "exited (0)", "idle");
        assertChip(status("web", "exited", "Exited (143) 5 seconds ago"), "exited (143)", "idle");
        assertChip(status("web", "exited", "Exited (137) 5 seconds ago"), "exited (137)", "failed");
        assertChip(status("web", "created", "Created"), "created", "idle");
        assertChip(status("web", "dead", "Dead"), "dead", "failed");
    }

    @Test
    void replicasCountOnlyThoseUp() {
        assertChip(status("web", "running", "Up 3 seconds", "running", "Up 3 seconds", "running", "Up 1 second"),
                "running 3/3", "ok");
        assertChip(status("web", "running", "Up 3 seconds", "exited", "Exited (2) 1 second ago"),
                "exited (2) 1/2", "failed");
    }

    @Test
    void aServiceWithoutContainersHasNoChip() {
        assertThat(StatusLook.chip(status("web"))).isEmpty();
    }

    @Test
    void theTooltipNamesEachContainerWithItsState() {
        RuntimeChip chip = StatusLook.chip(status("web", "running", "Up 3 seconds (healthy)",
                "exited", "Exited (137) 1 second ago")).orElseThrow();
        assertThat(chip.details()).isEqualTo("shop_web_1: healthy\nshop_web_2: exited (137)");
    }

    private static void assertChip(ServiceStatus status, String text, String tone) {
        RuntimeChip chip = StatusLook.chip(status).orElseThrow();
        assertThat(chip.text()).isEqualTo(text);
        assertThat(chip.tone()).as(text).isEqualTo(tone);
    }
}
