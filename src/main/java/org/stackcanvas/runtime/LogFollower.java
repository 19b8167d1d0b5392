package org.stackcanvas.runtime;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Follows the logs of one project's containers. {@link #update(List)} is given each new status
 * snapshot: it starts following containers it has not seen, stops following removed ones, and
 * follows a restarted container again from where it left off — the Engine ends a log stream when
 * its container stops, and a line already delivered is never delivered twice.
 *
 * <p>The existing lines of newly seen containers are read first and delivered merged in time
 * order (read one container after another, a stack's history would show one service's lines,
 * then the next's); then each container is followed from its last line. Lines go to the sink on
 * the calling thread for that first part, then on the reader threads, one per container.
 */
public final class LogFollower implements AutoCloseable {

    public static final int DEFAULT_TAIL = 1000;
    static final int MAX_LINE_BYTES = 64 * 1024;
    /** How long the existing lines may take to read before following starts anyway. */
    private static final long CATCH_UP_SECONDS = 10;

    private final LogSource source;
    private final Consumer<LogLine> sink;
    private final int tail;
    private final Map<String, Followed> followed = new HashMap<>();
    private boolean closed;

    /**
     * @param tail how many existing lines of a container to show when it is first followed
     */
    public LogFollower(LogSource source, Consumer<LogLine> sink, int tail) {
        this.source = Objects.requireNonNull(source, "source");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.tail = tail;
    }

    /** Follows the containers of these statuses, and only those. */
    public synchronized void update(List<ServiceStatus> statuses) {
        if (closed) {
            return;
        }
        Set<String> present = new HashSet<>();
        List<Followed> fresh = new ArrayList<>();
        for (ServiceStatus status : statuses) {
            for (ContainerInfo container : status.containers()) {
                if (container.id().isEmpty()) {
                    continue;
                }
                present.add(container.id());
                Followed known = followed.get(container.id());
                if (known == null) {
                    if (container.state() != ContainerState.CREATED) {
                        Followed added = new Followed(container);
                        followed.put(container.id(), added);
                        fresh.add(added);
                    }
                } else if (known.stream == null
                        && (container.state().isUp() || container.state() == ContainerState.RESTARTING)) {
                    attach(known);
                }
            }
        }
        followed.keySet().removeIf(id -> {
            if (present.contains(id)) {
                return false;
            }
            followed.get(id).detach();
            return true;
        });
        if (!fresh.isEmpty()) {
            catchUp(fresh);
            fresh.forEach(this::attach);
        }
    }

    /** Delivers the existing lines of these containers, merged in time order. */
    private void catchUp(List<Followed> containers) {
        CountDownLatch done = new CountDownLatch(containers.size());
        List<List<LogLine>> read = new ArrayList<>();
        List<Closeable> streams = new ArrayList<>();
        for (Followed target : containers) {
            List<LogLine> lines = Collections.synchronizedList(new ArrayList<>());
            read.add(lines);
            Reader reader = new Reader(target, target.generation, null, lines::add, done::countDown);
            try {
                streams.add(source.read(target.container.id(), tail, null, false, reader));
            } catch (RuntimeProblem problem) {
                done.countDown();
            }
        }
        try {
            done.await(CATCH_UP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<LogLine> merged = new ArrayList<>();
        for (int i = 0; i < containers.size(); i++) {
            Followed target = containers.get(i);
            target.generation++; // a reader still running (too slow) delivers nothing more
            synchronized (read.get(i)) {
                merged.addAll(read.get(i));
            }
        }
        streams.forEach(LogFollower::closeQuietly);
        merged.sort(Comparator.comparing(LogLine::timestamp)); // stable: a container's own order stays
        merged.forEach(sink);
    }

    /** The ids of the containers whose log is being read now. */
    public synchronized Set<String> following() {
        Set<String> ids = new HashSet<>();
        followed.forEach((id, f) -> {
            if (f.stream != null) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** Stops following every container. */
    @Override
    public synchronized void close() {
        closed = true;
        followed.values().forEach(Followed::detach);
        followed.clear();
    }

    private void attach(Followed target) {
        int generation = ++target.generation;
        Instant cutoff = target.lastSeen;
        Reader reader = new Reader(target, generation, cutoff, sink, () -> ended(target, generation));
        // Marked as followed before the stream exists: its end may arrive before read() returns.
        target.stream = () -> { };
        try {
            Closeable stream = source.read(target.container.id(), cutoff == null ? tail : -1, cutoff, true, reader);
            if (target.generation == generation && target.stream != null) {
                target.stream = stream;
            } else {
                closeQuietly(stream);
            }
        } catch (RuntimeProblem problem) {
            target.stream = null; // tried again at the next status update
        }
    }

    private synchronized void ended(Followed target, int generation) {
        if (closed || target.generation != generation || followed.get(target.container.id()) != target) {
            return;
        }
        target.stream = null;
        // The container may have been restarted before its status said so: follow it again now,
        // or the lines after the restart would wait for the next status update that may not come.
        if (source.isRunning(target.container.id())) {
            attach(target);
        }
    }

    private static void closeQuietly(Closeable stream) {
        try {
            stream.close();
        } catch (IOException | RuntimeException e) {
            // The stream is gone either way.
        }
    }

    /** A container this follower knows, followed now or not. */
    private static final class Followed {
        final ContainerInfo container;
        volatile Instant lastSeen;
        Closeable stream;
        volatile int generation;

        Followed(ContainerInfo container) {
            this.container = container;
        }

        void detach() {
            generation++;
            if (stream != null) {
                closeQuietly(stream);
                stream = null;
            }
        }
    }

    /** One stream of one container: splits each output stream into lines. */
    private static final class Reader implements LogSource.Frames {
        private final Followed target;
        private final int generation;
        private final Instant cutoff;
        private final Consumer<LogLine> lines;
        private final Runnable onEnd;
        private final LogLineSplitter stdout;
        private final LogLineSplitter stderr;

        Reader(Followed target, int generation, Instant cutoff, Consumer<LogLine> lines, Runnable onEnd) {
            this.target = target;
            this.generation = generation;
            this.cutoff = cutoff;
            this.lines = lines;
            this.onEnd = onEnd;
            this.stdout = new LogLineSplitter(MAX_LINE_BYTES, (time, text) -> line(LogLine.Stream.STDOUT, time, text));
            this.stderr = new LogLineSplitter(MAX_LINE_BYTES, (time, text) -> line(LogLine.Stream.STDERR, time, text));
        }

        @Override
        public void frame(LogLine.Stream stream, byte[] payload) {
            (stream == LogLine.Stream.STDERR ? stderr : stdout).accept(payload);
        }

        @Override
        public void ended() {
            stdout.finish();
            stderr.finish();
            onEnd.run();
        }

        private void line(LogLine.Stream stream, Instant time, String text) {
            if (target.generation != generation) {
                return; // detached: the container was removed or the follower closed
            }
            Instant timestamp = time == null ? Instant.now() : time;
            // Following again after a restart asks for whole seconds: skip what was already shown.
            if (cutoff != null && !timestamp.isAfter(cutoff)) {
                return;
            }
            Instant last = target.lastSeen;
            if (last == null || timestamp.isAfter(last)) {
                target.lastSeen = timestamp;
            }
            ContainerInfo c = target.container;
            lines.accept(new LogLine(c.service(), c.name(), c.number(), timestamp, stream, text));
        }
    }
}
