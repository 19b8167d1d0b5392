package org.stackcanvas.ui.logs;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stackcanvas.runtime.LogBuffer;
import org.stackcanvas.runtime.LogLine;

/**
 * What the log list shows, on the JavaFX thread: the buffer's lines of the chosen service, taken
 * over in batches ({@link #pull()}), held still while paused, and searched.
 */
final class LogsModel {

    private static final int MAX_SOURCE_WIDTH = 24;

    private final LogBuffer buffer;
    private final LogFormat format;
    private final ObservableList<LogBuffer.Entry> shown = FXCollections.observableArrayList();
    private final LogSearch search = new LogSearch();
    private final Set<String> replicated = new HashSet<>();
    private final ServiceColors colors = new ServiceColors();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper arrivedWhilePaused = new ReadOnlyLongWrapper(0);
    private final ReadOnlyLongWrapper dropped = new ReadOnlyLongWrapper(0);
    private String service;
    private long seen;
    private long counted;
    private int sourceWidth;
    private double wrapWidth = -1;

    LogsModel(LogBuffer buffer, ZoneId zone) {
        this.buffer = Objects.requireNonNull(buffer, "buffer");
        this.format = new LogFormat(zone);
    }

    ObservableList<LogBuffer.Entry> shown() {
        return shown;
    }

    LogBuffer buffer() {
        return buffer;
    }

    LogFormat format() {
        return format;
    }

    LogSearch search() {
        return search;
    }

    /** The service whose lines are shown, or null for all. */
    String service() {
        return service;
    }

    ServiceColors colors() {
        return colors;
    }

    boolean hasReplicas(String name) {
        return replicated.contains(name);
    }

    /** Characters the widest source name takes, so texts line up. */
    int sourceWidth() {
        return sourceWidth;
    }

    double wrapWidth() {
        return wrapWidth;
    }

    void setWrapWidth(double width) {
        wrapWidth = width;
    }

    ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** Lines (of the chosen service) that arrived since the view was paused. */
    ReadOnlyLongProperty arrivedWhilePausedProperty() {
        return arrivedWhilePaused.getReadOnlyProperty();
    }

    /** Lines the buffer dropped to stay within its bounds. */
    ReadOnlyLongProperty droppedProperty() {
        return dropped.getReadOnlyProperty();
    }

    /** Takes over what the buffer got since the last call; while paused, only counts it. Returns whether lines were added. */
    boolean pull() {
        if (buffer.nextSeq() == (paused.get() ? counted : seen)) {
            return false;
        }
        if (paused.get()) {
            LogBuffer.Changes changes = buffer.since(counted);
            arrivedWhilePaused.set(arrivedWhilePaused.get() + changes.added().stream().filter(this::wanted).count());
            counted = changes.nextSeq();
            return false;
        }
        LogBuffer.Changes changes = buffer.since(seen);
        int gone = 0;
        while (gone < shown.size() && shown.get(gone).seq() < changes.firstSeq()) {
            gone++;
        }
        List<LogBuffer.Entry> added = changes.added().stream().filter(this::wanted).toList();
        for (LogBuffer.Entry entry : added) {
            note(entry.line());
        }
        if (gone > 0) {
            shown.remove(0, gone);
            search.removedBefore(changes.firstSeq());
        }
        shown.addAll(added);
        search.added(added);
        seen = changes.nextSeq();
        counted = seen;
        dropped.set(changes.dropped());
        return !added.isEmpty();
    }

    /** Shows only {@code name}'s lines (null: all services), from what the buffer keeps. */
    void setService(String name) {
        service = name;
        List<LogBuffer.Entry> lines = new ArrayList<>();
        for (LogBuffer.Entry entry : buffer.since(0).added()) {
            // While paused the list stays at what it showed: newer lines come with Resume.
            if (entry.seq() < seen && wanted(entry)) {
                lines.add(entry);
                note(entry.line());
            }
        }
        shown.setAll(lines);
        search.search(search.query(), lines);
        if (paused.get()) {
            arrivedWhilePaused.set(buffer.since(seen).added().stream().filter(this::wanted).count());
        }
    }

    void setPaused(boolean pause) {
        if (pause == paused.get()) {
            return;
        }
        paused.set(pause);
        arrivedWhilePaused.set(0);
        counted = seen;
        if (!pause) {
            pull();
        }
    }

    /** Forgets every line, shown or kept. */
    void clear() {
        buffer.clear();
        shown.clear();
        seen = buffer.nextSeq();
        counted = seen;
        arrivedWhilePaused.set(0);
        dropped.set(0);
        search.search(search.query(), List.of());
    }

    void search(String query) {
        search.search(query, shown);
    }

    /** The row of a line shown, or -1. */
    int rowOf(long seq) {
        if (shown.isEmpty()) {
            return -1;
        }
        int row = (int) (seq - shown.get(0).seq());
        // Without a filter rows follow sequence numbers; with one, search.
        if (row >= 0 && row < shown.size() && shown.get(row).seq() == seq) {
            return row;
        }
        int low = 0;
        int high = shown.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long s = shown.get(middle).seq();
            if (s == seq) {
                return middle;
            } else if (s < seq) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    private boolean wanted(LogBuffer.Entry entry) {
        return service == null || service.equals(entry.line().service());
    }

    private void note(LogLine line) {
        if (line.replica() > 1) {
            replicated.add(line.service());
        }
        int width = LogFormat.source(line, replicated.contains(line.service())).length();
        sourceWidth = Math.min(MAX_SOURCE_WIDTH, Math.max(sourceWidth, width));
    }
}
