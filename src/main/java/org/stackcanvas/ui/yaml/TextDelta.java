package org.stackcanvas.ui.yaml;

/**
 * The whole lines that differ between two texts: everything before {@code [oldStart, oldEnd)} and
 * after it is the same in both. Replacing only that range keeps the caret, scroll position and
 * styles of the rest of the pane, and tells which lines to mark as changed.
 *
 * @param oldStart  first char of the changed lines in the old text (a line start)
 * @param oldEnd    end of the changed lines in the old text (a line start or the end)
 * @param newStart  same as {@code oldStart}
 * @param newEnd    end of the replacement in the new text
 * @param firstLine 0-based first changed line of the new text
 * @param lastLine  0-based last changed line of the new text; {@code firstLine - 1} when lines were only removed
 * @param lineShift how many lines the text after the change moved down (negative: up)
 */
public record TextDelta(int oldStart, int oldEnd, int newStart, int newEnd, int firstLine, int lastLine,
        int lineShift) {

    public static TextDelta between(String oldText, String newText) {
        int max = Math.min(oldText.length(), newText.length());
        int prefix = 0;
        while (prefix < max && oldText.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        prefix = prefix == 0 ? 0 : newText.lastIndexOf('\n', prefix - 1) + 1;
        int suffix = 0;
        while (suffix < max - prefix
                && oldText.charAt(oldText.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        // The kept tail must start at a line start, so whole lines are replaced.
        while (suffix > 0 && !(atLineStart(newText, newText.length() - suffix)
                && atLineStart(oldText, oldText.length() - suffix))) {
            suffix--;
        }
        int oldEnd = oldText.length() - suffix;
        int newEnd = newText.length() - suffix;
        int firstLine = lines(newText, 0, prefix);
        int lastLine = newEnd > prefix ? firstLine + lines(newText, prefix, newEnd - 1) : firstLine - 1;
        int shift = lines(newText, prefix, newEnd) - lines(oldText, prefix, oldEnd);
        return new TextDelta(prefix, oldEnd, prefix, newEnd, firstLine, lastLine, shift);
    }

    /** Where an offset of the old text is in the new text; inside the change it stays at the same distance from its start, clamped. */
    public int map(int oldOffset) {
        if (oldOffset <= oldStart) {
            return oldOffset;
        }
        if (oldOffset >= oldEnd) {
            return oldOffset + (newEnd - newStart) - (oldEnd - oldStart);
        }
        return newStart + Math.min(oldOffset - oldStart, newEnd - newStart);
    }

    public boolean isEmpty() {
        return oldStart == oldEnd && newStart == newEnd;
    }

    private static boolean atLineStart(String text, int offset) {
        return offset == 0 || text.charAt(offset - 1) == '\n';
    }

    private static int lines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
