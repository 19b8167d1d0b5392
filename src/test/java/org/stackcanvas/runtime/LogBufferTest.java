package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LogBufferTest {

    private static LogLine line(String text) {
        return new LogLine("web", "p-web-1", 1, Instant.EPOCH, LogLine.Stream.STDOUT, text);
    }

    @Test
    void keepsTheNewestLinesAndCountsTheDroppedOnes() {
        LogBuffer buffer = new LogBuffer(3, 1000, 100);
        for (int i = 1; i <= 5; i++) {
            buffer.append(line("line-" + i));
        }
        assertThat(buffer.entries()).extracting(e -> e.line().text()).containsExactly("line-3", "line-4", "line-5");
        assertThat(buffer.dropped()).isEqualTo(2);
        assertThat(buffer.entries()).extracting(LogBuffer.Entry::seq).containsExactly(2L, 3L, 4L);
    }

    @Test
    void theCharacterBoundDropsOldLinesToo() {
        LogBuffer buffer = new LogBuffer(100, 100, 50);
        for (int i = 0; i < 10; i++) {
            buffer.append(line("x".repeat(30)));
        }
        assertThat(buffer.chars()).isLessThanOrEqualTo(100);
        assertThat(buffer.size()).isEqualTo(3);
        assertThat(buffer.dropped()).isEqualTo(7);
    }

    @Test
    void aVeryLongLineIsCutWithAMarker() {
        LogBuffer buffer = new LogBuffer(10, 1000, 20);
        buffer.append(line("a".repeat(19) + "\uD83D\uDC33" + "b".repeat(100)));
        String kept = buffer.entries().get(0).line().text();
        // The cut does not split the surrogate pair of the emoji.
        assertThat(kept).isEqualTo("a".repeat(19) + " \u2026 [102 more characters]");
    }

    @Test
    void changesSinceGiveOnlyNewLinesAndWhereTheKeptLinesStart() {
        LogBuffer buffer = new LogBuffer(4, 1000, 100);
        buffer.append(line("a"));
        buffer.append(line("b"));
        LogBuffer.Changes first = buffer.since(0);
        assertThat(first.added()).extracting(e -> e.line().text()).containsExactly("a", "b");
        for (String s : List.of("c", "d", "e", "f")) {
            buffer.append(line(s));
        }
        LogBuffer.Changes next = buffer.since(first.nextSeq());
        assertThat(next.added()).extracting(e -> e.line().text()).containsExactly("c", "d", "e", "f");
        assertThat(next.firstSeq()).isEqualTo(2);
        assertThat(next.dropped()).isEqualTo(2);
        assertThat(buffer.since(next.nextSeq()).added()).isEmpty();
    }

    @Test
    void clearForgetsEverythingWithoutCountingItAsDropped() {
        LogBuffer buffer = new LogBuffer(2, 1000, 100);
        for (String s : List.of("a", "b", "c")) {
            buffer.append(line(s));
        }
        buffer.clear();
        assertThat(buffer.entries()).isEmpty();
        assertThat(buffer.dropped()).isZero();
        assertThat(buffer.chars()).isZero();
        buffer.append(line("d"));
        assertThat(buffer.entries()).extracting(e -> e.line().text()).containsExactly("d");
    }

    @Test
    void aChattyProducerOfAMillionLinesStaysWithinTheBounds() throws Exception {
        // A million lines of about 1 kB: a gigabyte of text, more than the test JVM's heap, so the
        // buffer must really let go of what it drops.
        LogBuffer buffer = new LogBuffer();
        String padding = "p".repeat(1000);
        int threads = 4;
        int perThread = 250_000;
        AtomicLong produced = new AtomicLong();
        List<Thread> producers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread producer = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    buffer.append(line(id + "-" + i + padding));
                    produced.incrementAndGet();
                }
            });
            producers.add(producer);
            producer.start();
        }
        // A reader drains while the producers write, as the view does.
        long seen = 0;
        long received = 0;
        while (producers.stream().anyMatch(Thread::isAlive)) {
            LogBuffer.Changes changes = buffer.since(seen);
            received += changes.added().size();
            seen = changes.nextSeq();
            assertThat(buffer.size()).isLessThanOrEqualTo(LogBuffer.DEFAULT_MAX_LINES);
        }
        for (Thread producer : producers) {
            producer.join();
        }
        assertThat(produced.get()).isEqualTo(1_000_000);
        assertThat(buffer.nextSeq()).isEqualTo(1_000_000);
        assertThat(buffer.chars()).isLessThanOrEqualTo(LogBuffer.DEFAULT_MAX_CHARS);
        assertThat((long) buffer.size()).isLessThanOrEqualTo(LogBuffer.DEFAULT_MAX_LINES)
                .isEqualTo(1_000_000 - buffer.dropped());
        // The character bound binds first here: 8 MiB of ~1 kB lines.
        assertThat(buffer.size()).isBetween(7_000, 8_400);
        assertThat(received).isPositive();
        List<LogBuffer.Entry> kept = buffer.entries();
        for (int i = 1; i < kept.size(); i++) {
            assertThat(kept.get(i).seq()).isEqualTo(kept.get(i - 1).seq() + 1);
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        assertThat(used).as("heap in use after a gigabyte of log text").isLessThan(200L * 1024 * 1024);
    }
}
