package org.stackcanvas.ui.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.stackcanvas.runtime.LogBuffer;

/**
 * The matches of a search over the shown lines, case-insensitive, and which one is current. Kept
 * up to date as lines arrive and old ones go, without searching every line again.
 */
final class LogSearch {

    /** A match: characters {@code start} to {@code end} of the line's text. */
    record Match(long seq, int start, int end) {
    }

    private String query = "";
    private final List<Match> matches = new ArrayList<>();
    private int current = -1;

    String query() {
        return query;
    }

    /** Searches the lines again for a new query; the first match becomes current. */
    void search(String newQuery, List<LogBuffer.Entry> lines) {
        query = Objects.requireNonNull(newQuery, "newQuery");
        matches.clear();
        added(lines);
        current = matches.isEmpty() ? -1 : 0;
    }

    /** New lines at the end. */
    void added(List<LogBuffer.Entry> lines) {
        if (query.isEmpty()) {
            return;
        }
        for (LogBuffer.Entry entry : lines) {
            for (int[] range : find(entry.line().text(), query)) {
                matches.add(new Match(entry.seq(), range[0], range[1]));
            }
        }
        if (current < 0 && !matches.isEmpty()) {
            current = 0;
        }
    }

    /** Lines before {@code seq} are gone. */
    void removedBefore(long seq) {
        int gone = 0;
        while (gone < matches.size() && matches.get(gone).seq() < seq) {
            gone++;
        }
        if (gone > 0) {
            matches.subList(0, gone).clear();
            current = matches.isEmpty() ? -1 : Math.max(0, current - gone);
        }
    }

    int count() {
        return matches.size();
    }

    /** The index of the current match, or -1 without matches. */
    int currentIndex() {
        return current;
    }

    Match current() {
        return current < 0 ? null : matches.get(current);
    }

    /** Moves to the next match (after the last: the first) and returns it, or null. */
    Match next() {
        if (matches.isEmpty()) {
            return null;
        }
        current = (current + 1) % matches.size();
        return matches.get(current);
    }

    /** Moves to the previous match (before the first: the last) and returns it, or null. */
    Match previous() {
        if (matches.isEmpty()) {
            return null;
        }
        current = (current - 1 + matches.size()) % matches.size();
        return matches.get(current);
    }

    /** Where {@code query} occurs in {@code text}, ignoring case, without overlaps. */
    static List<int[]> find(String text, String query) {
        List<int[]> found = new ArrayList<>();
        if (query.isEmpty()) {
            return found;
        }
        int length = query.length();
        for (int i = 0; i + length <= text.length(); ) {
            if (text.regionMatches(true, i, query, 0, length)) {
                found.add(new int[] {i, i + length});
                i += length;
            } else {
                i++;
            }
        }
        return found;
    }
}
