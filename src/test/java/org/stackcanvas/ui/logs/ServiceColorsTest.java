package org.stackcanvas.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServiceColorsTest {

    @Test
    void aServiceHasTheSameColourEveryTime() {
        ServiceColors first = new ServiceColors();
        first.assign(List.of("api", "worker", "db"));
        ServiceColors again = new ServiceColors();
        again.assign(List.of("db", "worker", "api"));
        for (String service : List.of("api", "worker", "db", "not-in-the-project")) {
            assertThat(again.styleClass(service)).isEqualTo(first.styleClass(service));
        }
    }

    @Test
    void servicesOfOneProjectGetDifferentColoursWhileThereAreEnough() {
        // "api" and "worker" hash to the same colour.
        assertThat(ServiceColors.preferred("api")).isEqualTo(ServiceColors.preferred("worker"));
        List<String> services = List.of("api", "worker", "backend", "web", "db", "cache", "proxy", "redis");
        ServiceColors colors = new ServiceColors();
        colors.assign(services);
        assertThat(services.stream().map(colors::index).collect(Collectors.toSet())).hasSize(8);
    }
}
