package org.stackcanvas.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The last lines of a project's logs, bounded so a chatty container cannot exhaust memory: at most
 * {@code maxLines} lines and {@code maxChars} characters of text; a line longer than
 * {@code maxLineChars} is cut and says how much was left out. The oldest lines go first, and the
 * buffer counts how many went.
 *
 * <p>Reader threads append; the view asks, at its own pace, for what changed since the last
 * sequence number it saw ({@link #since(long)}), so many lines reach it in one batch.
 */
public final class LogBuffer {

    public static final int DEFAULT_MAX_LINES = 10_000;
    public static final long DEFAULT_MAX_CHARS = 8L * 1024 * 1024;
    public static final int DEFAULT_MAX_LINE_CHARS = 16 * 1024;

    /** A line and its place in the log: sequence numbers grow by one per appended line. */
    public record Entry(long seq, LogLine line) {
    }

    /**
     * What changed since a sequence number.
     *
     * @param added    the lines appended since, still kept, oldest first
     * @param firstSeq the sequence number of the oldest line kept (lines before it are gone)
     * @param nextSeq  the sequence number the next line will get
     * @param dropped  how many lines were dropped to stay within the bounds, in total
     */
    public record Changes(List<Entry> added, long firstSeq, long nextSeq, long dropped) {
    }

    private final int maxLines;
    private final long maxChars;
    private final int maxLineChars;
    private final Entry[] ring;
    private int head;
    private int size;
    private long firstSeq;
    private volatile long nextSeq;
    private long chars;
    private long dropped;

    public LogBuffer() {
        this(DEFAULT_MAX_LINES, DEFAULT_MAX_CHARS, DEFAULT_MAX_LINE_CHARS);
    }

    public LogBuffer(int maxLines, long maxChars, int maxLineChars) {
        if (maxLines < 1 || maxLineChars < 16 || maxChars < maxLineChars) {
            throw new IllegalArgumentException("bounds too small: " + maxLines + " lines, " + maxChars
                    + " characters, " + maxLineChars + " per line");
        }
        this.maxLines = maxLines;
        this.maxChars = maxChars;
        this.maxLineChars = maxLineChars;
        this.ring = new Entry[maxLines];
    }

    public int maxLines() {
        return maxLines;
    }

    /** Appends a line (cut when too long), dropping the oldest lines to stay within the bounds. */
    public synchronized void append(LogLine line) {
        Objects.requireNonNull(line, "line");
        LogLine kept = line.text().length() > maxLineChars ? line.withText(truncate(line.text())) : line;
        while (size == maxLines || (size > 0 && chars + kept.text().length() > maxChars)) {
            removeOldest();
            dropped++;
        }
        ring[(head + size) % maxLines] = new Entry(nextSeq, kept);
        size++;
        chars += kept.text().length();
        nextSeq++;
    }

    /** The lines appended from sequence number {@code seq} on that are still kept. */
    public synchronized Changes since(long seq) {
        long from = Math.max(seq, firstSeq);
        List<Entry> added = new ArrayList<>((int) Math.max(0, nextSeq - from));
        for (long s = from; s < nextSeq; s++) {
            added.add(ring[(int) ((head + (s - firstSeq)) % maxLines)]);
        }
        return new Changes(added, firstSeq, nextSeq, dropped);
    }

    /** Every line kept, oldest first. */
    public List<Entry> entries() {
        return since(0).added();
    }

    /** The sequence number the next line will get; cheap, for polling without a lock. */
    public long nextSeq() {
        return nextSeq;
    }

    /** Forgets every line (the user cleared the log); not counted as dropped. */
    public synchronized void clear() {
        while (size > 0) {
            removeOldest();
        }
        firstSeq = nextSeq;
        dropped = 0;
    }

    public synchronized int size() {
        return size;
    }

    /** Characters of text kept. */
    public synchronized long chars() {
        return chars;
    }

    /** Lines dropped to stay within the bounds since the buffer was made or cleared. */
    public synchronized long dropped() {
        return dropped;
    }

    private void removeOldest() {
        chars -= ring[head].line().text().length();
        ring[head] = null;
        head = (head + 1) % maxLines;
        size--;
        firstSeq++;
    }

    private String truncate(String text) {
        int cut = maxLineChars;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + " \u2026 [" + (text.length() - cut) + " more characters]";
    }
}
