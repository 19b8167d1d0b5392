package org.stackcanvas.ui.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDeltaTest {

    private static String apply(String oldText, String newText) {
        TextDelta d = TextDelta.between(oldText, newText);
        return oldText.substring(0, d.oldStart()) + newText.substring(d.newStart(), d.newEnd())
                + oldText.substring(d.oldEnd());
    }

    @Test
    void anInsertedLineIsTheOnlyChangedLine() {
        TextDelta d = TextDelta.between("a\nb\nc\n", "a\nX\nb\nc\n");
        assertThat(d.firstLine()).isEqualTo(1);
        assertThat(d.lastLine()).isEqualTo(1);
        assertThat(d.lineShift()).isEqualTo(1);
        assertThat(d.map(0)).isZero();
        assertThat(d.map(4)).isEqualTo(6); // "c" moved down one line
    }

    @Test
    void aChangeInsideALineReplacesTheWholeLine() {
        TextDelta d = TextDelta.between("a\nxb\nc", "a\ny\nb\nc");
        assertThat(d.firstLine()).isEqualTo(1);
        assertThat(d.lastLine()).isEqualTo(2);
        assertThat(d.oldStart()).isEqualTo(2);
        assertThat(apply("a\nxb\nc", "a\ny\nb\nc")).isEqualTo("a\ny\nb\nc");
    }

    @Test
    void removedLinesChangeNoLineOfTheNewText() {
        TextDelta d = TextDelta.between("a\nb\nc\n", "a\nc\n");
        assertThat(d.lastLine()).isLessThan(d.firstLine());
        assertThat(d.lineShift()).isEqualTo(-1);
    }

    @Test
    void everyPairRebuildsTheNewText() {
        String[] texts = {"", "a", "a\n", "\n", "a\nb", "b\na", "a\n\nb\n", "x: 1\ny: 2\n", "x: 1\ny: 3\n"};
        for (String a : texts) {
            for (String b : texts) {
                assertThat(apply(a, b)).as(a + " -> " + b).isEqualTo(b);
                assertThat(TextDelta.between(a, b).isEmpty()).isEqualTo(a.equals(b));
            }
        }
    }
}
