package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UsageReadingTest {

    @Test
    void cpuIsTheContainersShareOfTheHostTimesItsCpusAsDockerStatsShowsIt() {
        // 0.2 s of CPU while the host's 4 CPUs ran 4 s together: half of one CPU's second = 20 %.
        assertThat(UsageReading.cpuPercent(1_200_000_000L, 1_000_000_000L, 14_000_000_000L, 10_000_000_000L, 4))
                .isCloseTo(20.0, within(1e-9));
    }

    @Test
    void noProgressOrAFirstSampleReadsAsNoCpu() {
        assertThat(UsageReading.cpuPercent(5, 5, 100, 50, 2)).isZero();
        assertThat(UsageReading.cpuPercent(5, 0, 0, 0, 2)).isZero();
    }
}
