package org.stackcanvas.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines removed from and added to a text, by longest common subsequence over whole lines, so
 * every line not listed is identical and in the same order. Lines are compared without their line
 * breaks (a line that gains a break because new lines follow it at the end of a file without a final
 * newline is not a change); callers check the line breaks on their own.
 */
record LineDiff(List<String> removed, List<String> added) {

    static LineDiff of(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                added.add(b.get(j++));
            } else {
                removed.add(a.get(i++));
            }
        }
        return new LineDiff(removed, added);
    }

    /** Lines without their line breaks ("\n" or "\r\n"). */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(text.substring(start, end));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        removed.forEach(l -> out.append("- ").append(l).append('\n'));
        added.forEach(l -> out.append("+ ").append(l).append('\n'));
        return out.toString();
    }
}
