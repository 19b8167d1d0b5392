package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogLineSplitterTest {

    private final List<String> texts = new ArrayList<>();
    private final List<Instant> times = new ArrayList<>();
    private final LogLineSplitter splitter = new LogLineSplitter(64, (time, text) -> {
        times.add(time);
        texts.add(text);
    });

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLineSplitAcrossFramesIsJoined() {
        splitter.accept(utf8("2026-12-04T22:57:22.123456789Z hel"));
        splitter.accept(utf8("lo wor"));
        assertThat(texts).isEmpty();
        splitter.accept(utf8("ld\n2026-12-04T22:57:23Z second\n2026-12-04T22:57:24.5Z thi"));
        assertThat(texts).containsExactly("hello world", "second");
        assertThat(times).containsExactly(Instant.parse("2026-12-04T22:57:22.123456789Z"),
                Instant.parse("2026-12-04T22:57:23Z"));
        splitter.finish();
        assertThat(texts).containsExactly("hello world", "second", "thi");
    }

    @Test
    void multiByteCharactersSplitAcrossFramesDecodeWhole() {
        byte[] line = utf8("2026-12-04T22:57:22Z Grüße — 日本語 🐳\n");
        // Every possible cut, including inside each multi-byte character.
        for (int cut = 1; cut < line.length; cut++) {
            texts.clear();
            splitter.accept(line, 0, cut);
            splitter.accept(line, cut, line.length - cut);
            assertThat(texts).as("cut at byte %d", cut).containsExactly("Grüße — 日本語 🐳");
        }
        // One byte per frame.
        texts.clear();
        for (byte b : line) {
            splitter.accept(new byte[] {b});
        }
        assertThat(texts).containsExactly("Grüße — 日本語 🐳");
    }

    @Test
    void carriageReturnsOfTerminalOutputAreRemoved() {
        splitter.accept(utf8("2026-12-04T22:57:22Z tty line\r\n"));
        assertThat(texts).containsExactly("tty line");
    }

    @Test
    void aLineWithoutTimestampIsKeptWhole() {
        splitter.accept(utf8("no timestamp here at all\n"));
        assertThat(texts).containsExactly("no timestamp here at all");
        assertThat(times).containsOnlyNulls();
    }

    @Test
    void aVeryLongLineKeepsItsStartAndSaysHowMuchWasLeftOut() {
        splitter.accept(utf8("2026-12-04T22:57:22Z "));
        for (int i = 0; i < 1000; i++) {
            splitter.accept(utf8("ééééééééé")); // two bytes each, so the cut falls inside one
        }
        splitter.accept(utf8("\nnext\n"));
        assertThat(texts).hasSize(2);
        String cut = texts.get(0);
        assertThat(cut).startsWith("éééé").doesNotContain("\uFFFD").endsWith("more bytes]");
        int keptBytes = utf8(cut.substring(0, cut.indexOf(" \u2026 "))).length;
        long leftOut = Long.parseLong(cut.replaceAll(".*\\[(\\d+) more bytes]", "$1"));
        assertThat(keptBytes + leftOut).isEqualTo(18_000);
        assertThat(texts.get(1)).isEqualTo("next");
    }
}
