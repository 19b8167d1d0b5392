package org.stackcanvas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTableTest {

    @Test
    void aRowShowsMediansTheRatioToItsPeerAndWhetherTheTargetIsMet() {
        Figure faster = Figure.against("lint", Samples.of("ms", 90, 100, 400), "compose",
                Samples.of("ms", 1500, 1400, 1600), Target.fasterBy(10));
        Figure slow = Figure.against("open", Samples.of("ms", 40, 50, 60), "floor", Samples.of("ms", 10, 10, 10),
                Target.atMostTimes(3));
        Figure memory = Figure.of("memory", Samples.of("MB", 420), Target.atMost(300));

        String table = BenchTable.render(List.of(faster, slow, memory,
                Figure.skipped("dclint", "dclint is not on the PATH")));

        assertThat(table).contains("| lint ").contains("100 ms (90.0-400)").contains("15.00x").contains(">= 10x faster");
        assertThat(table.lines().filter(l -> l.startsWith("| lint ")).findFirst().orElseThrow()).matches(".*\\| PASS +\\|");
        assertThat(table.lines().filter(l -> l.startsWith("| open ")).findFirst().orElseThrow())
                .contains("5.00x").contains("MISS");
        assertThat(table.lines().filter(l -> l.startsWith("| memory ")).findFirst().orElseThrow())
                .contains("420 MB").contains("<= 300 MB").contains("MISS");
        assertThat(table).contains("Not measured: dclint: dclint is not on the PATH");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        Samples s = Samples.of("ms", 4, 1, 3, 2);
        assertThat(s.median()).isEqualTo(2.5);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(4);
    }
}
