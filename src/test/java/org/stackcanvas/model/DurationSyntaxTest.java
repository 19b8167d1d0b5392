package org.stackcanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationSyntaxTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            1m30s      | 90000
            10s        | 10000
            1.5h       | 5400000
            300ms      | 300
            1h         | 3600000
            2d         | 172800000
            1w         | 604800000
            0          | 0
            0s         | 0
            -5s        | -5000
            +5s        | 5000
            1h2m3.5s   | 3723500
            .5s        | 500
            5.s        | 5000
            1m0.25s    | 60250
            """)
    void readsGoDurations(String text, long millis) {
        assertThat(DurationSyntax.parse(text).get()).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            100us      | 100000
            100µs      | 100000
            100μs      | 100000
            250ns      | 250
            """)
    void readsSmallUnits(String text, long nanos) {
        assertThat(DurationSyntax.parse(text).get()).isEqualTo(Duration.ofNanos(nanos));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            10         | a unit is missing after 10
            ''         | it is empty
            1x         | 'x' is not a unit
            abc        | a number is missing
            s          | a number is missing
            .s         | a number is missing
            1h30       | a unit is missing after 30
            -          | it is empty
            1Ms        | 'Ms' is not a unit
            """)
    void reportsWhatIsWrong(String text, String message) {
        Parsed<Duration> parsed = DurationSyntax.parse(text);

        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.errorMessage()).contains(message).contains("1m30s");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            90000000000     | 1m30s
            3600000000000   | 1h0m0s
            1500000000      | 1.5s
            0               | 0s
            300000000       | 300ms
            1500            | 1.5µs
            999             | 999ns
            90000000000000  | 25h0m0s
            -30000000000    | -30s
            61500000000     | 1m1.5s
            """)
    void formatsAsGoPrints(long nanos, String text) {
        assertThat(DurationSyntax.format(Duration.ofNanos(nanos))).isEqualTo(text);
    }
}
