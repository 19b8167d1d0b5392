package org.stackcanvas.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Turns the bytes of one log stream into lines. The Engine sends frames of whatever size the
 * container's writes had, so a frame may end in the middle of a line or even of a UTF-8 character:
 * bytes are kept until the line break and decoded only as a whole line. Each line starts with the
 * Engine's RFC 3339 timestamp (logs are requested with timestamps), which is split off.
 *
 * <p>A line longer than {@code maxLineBytes} keeps its first bytes (cut at a character boundary)
 * and says how many were left out, so a container writing without line breaks cannot fill memory.
 * Not thread-safe: one splitter per stream, fed by one thread.
 */
final class LogLineSplitter {

    private final int maxLineBytes;
    private final BiConsumer<Instant, String> lines;
    private byte[] pending = new byte[256];
    private int size;
    private long omitted;

    /** {@code lines} receives each line's timestamp (null when the line has none) and text. */
    LogLineSplitter(int maxLineBytes, BiConsumer<Instant, String> lines) {
        if (maxLineBytes < 16) {
            throw new IllegalArgumentException("maxLineBytes must be at least 16: " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
        this.lines = Objects.requireNonNull(lines, "lines");
    }

    void accept(byte[] data) {
        accept(data, 0, data.length);
    }

    void accept(byte[] data, int offset, int length) {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (data[i] == '\n') {
                keep(data, start, i - start);
                emit();
                start = i + 1;
            }
        }
        keep(data, start, end - start);
    }

    /** The stream ended: a last line without a line break is still a line. */
    void finish() {
        if (size > 0 || omitted > 0) {
            emit();
        }
    }

    private void keep(byte[] data, int from, int length) {
        int room = maxLineBytes - size;
        int taken = Math.min(room, length);
        if (taken > 0) {
            if (size + taken > pending.length) {
                pending = Arrays.copyOf(pending, Math.min(maxLineBytes, Math.max(pending.length * 2, size + taken)));
            }
            System.arraycopy(data, from, pending, size, taken);
            size += taken;
        }
        omitted += length - taken;
    }

    private void emit() {
        int length = size;
        if (length > 0 && pending[length - 1] == '\r' && omitted == 0) {
            length--;
        }
        long left = omitted;
        if (left > 0) {
            int cut = characterBoundary(pending, length);
            left += length - cut;
            length = cut;
        }
        String text = new String(pending, 0, length, StandardCharsets.UTF_8);
        Instant timestamp = null;
        int space = text.indexOf(' ');
        if (space >= 20 && space <= 40) {
            try {
                timestamp = Instant.parse(text.substring(0, space));
                text = text.substring(space + 1);
            } catch (DateTimeParseException e) {
                // Not the Engine's timestamp: keep the whole line.
            }
        }
        if (left > 0) {
            text = text + " \u2026 [" + left + " more bytes]";
        }
        size = 0;
        omitted = 0;
        if (pending.length > 4096) {
            pending = new byte[256]; // one long line should not keep a large array for good
        }
        lines.accept(timestamp, text);
    }

    /** The largest length up to {@code length} that does not end inside a UTF-8 sequence. */
    static int characterBoundary(byte[] bytes, int length) {
        int i = length - 1;
        int continuation = 0;
        while (i >= 0 && continuation < 3 && (bytes[i] & 0xC0) == 0x80) {
            i--;
            continuation++;
        }
        if (i < 0) {
            return length;
        }
        int lead = bytes[i] & 0xFF;
        int expected = lead < 0x80 ? 0 : lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        return continuation >= expected ? length : i;
    }
}
