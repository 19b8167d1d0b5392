package org.stackcanvas.ui.logs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.stackcanvas.runtime.LogBuffer;
import org.stackcanvas.runtime.LogLine;

/** How log lines read as text: on screen and on the clipboard in local time, in a saved file with the full timestamp. */
final class LogFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final ZoneId zone;

    LogFormat(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The local time of day, {@code HH:mm:ss.SSS}. */
    String time(Instant timestamp) {
        return TIME.format(timestamp.atZone(zone));
    }

    /** The source of a line: the service, with the replica number when the service has several. */
    static String source(LogLine line, boolean replicas) {
        return replicas ? line.service() + "-" + line.replica() : line.service();
    }

    /** Lines as the clipboard gets them: {@code 12:00:01.250 web | text}, stderr marked. */
    String forClipboard(List<LogBuffer.Entry> entries, ReplicaNames replicas) {
        StringBuilder text = new StringBuilder();
        for (LogBuffer.Entry entry : entries) {
            LogLine line = entry.line();
            text.append(time(line.timestamp())).append(' ').append(source(line, replicas.has(line.service())))
                    .append(line.stream() == LogLine.Stream.STDERR ? " ! " : " | ").append(line.text()).append('\n');
        }
        return text.toString();
    }

    /** Lines as a saved file has them: the full UTC timestamp, so the file means the same anywhere. */
    String forFile(List<LogBuffer.Entry> entries, ReplicaNames replicas) {
        StringBuilder text = new StringBuilder();
        for (LogBuffer.Entry entry : entries) {
            LogLine line = entry.line();
            text.append(line.timestamp()).append(' ').append(source(line, replicas.has(line.service())))
                    .append(line.stream() == LogLine.Stream.STDERR ? " ! " : " | ").append(line.text()).append('\n');
        }
        return text.toString();
    }

    /** Which services have several replicas, so their lines name the replica. */
    interface ReplicaNames {
        boolean has(String service);
    }
}
