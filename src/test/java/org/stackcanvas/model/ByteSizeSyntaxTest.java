package org.stackcanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteSizeSyntaxTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            512m      | 536870912
            512M      | 536870912
            512mb     | 536870912
            1gb       | 1073741824
            1GiB      | 1073741824
            1g        | 1073741824
            1.5g      | 1610612736
            100k      | 102400
            2048      | 2048
            10b       | 10
            1 GB      | 1073741824
            1t        | 1099511627776
            0         | 0
            """)
    void readsSizes(String text, long bytes) {
        assertThat(ByteSizeSyntax.parse(text).get()).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            abc
            -1
            ''
            1x
            1.2.3
            m
            1  g
            99999999999p
            """)
    void rejectsWhatDockerRejects(String text) {
        Parsed<Long> parsed = ByteSizeSyntax.parse(text);

        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.errorMessage()).contains("'" + text + "'");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            536870912   | 512m
            1073741824  | 1g
            1000        | 1000
            1536        | 1536
            0           | 0
            """)
    void formatsExactly(long bytes, String text) {
        assertThat(ByteSizeSyntax.format(bytes)).isEqualTo(text);
        assertThat(ByteSizeSyntax.parse(text).get()).isEqualTo(bytes);
    }
}
