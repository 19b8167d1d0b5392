package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The follower's bookkeeping, with a source the test drives (the Engine is covered by {@link LogFollowerEngineTest}). */
class LogFollowerTest {

    /** A follow request and its stream, which the test writes to and ends. */
    private static final class Stream implements Closeable {
        final String id;
        final int tail;
        final Instant since;
        final LogSource.Frames frames;
        boolean closed;

        Stream(String id, int tail, Instant since, LogSource.Frames frames) {
            this.id = id;
            this.tail = tail;
            this.since = since;
            this.frames = frames;
        }

        void write(String text) {
            frames.frame(LogLine.Stream.STDOUT, text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Follow requests; reads of existing lines are answered from {@link #existing} at once. */
    private final List<Stream> streams = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> existing = new java.util.HashMap<>();
    private final List<String> tailReads = Collections.synchronizedList(new ArrayList<>());
    private boolean running;
    private final LogSource source = new LogSource() {
        @Override
        public Closeable read(String containerId, int tail, Instant since, boolean follow, Frames frames) {
            Stream stream = new Stream(containerId, tail, since, frames);
            if (!follow) {
                tailReads.add(containerId + "/" + tail);
                String text = existing.get(containerId);
                if (text != null) {
                    stream.write(text);
                }
                frames.ended();
                return stream;
            }
            streams.add(stream);
            return stream;
        }

        @Override
        public boolean isRunning(String containerId) {
            return running;
        }
    };
    private final List<LogLine> lines = Collections.synchronizedList(new ArrayList<>());
    private final LogFollower follower = new LogFollower(source, lines::add, 100);

    private static ServiceStatus status(String service, String id, String engineState) {
        ContainerInfo container = ContainerInfo.of(id, List.of("/p-" + service + "-1"),
                Map.of(ContainerInfo.SERVICE_LABEL, service, ContainerInfo.NUMBER_LABEL, "1"), engineState,
                engineState.equals("running") ? "Up 1 second" : "Exited (0) 1 second ago");
        return ServiceStatus.of(service, List.of(container));
    }

    @Test
    void followsNewContainersOnceAndStopsFollowingRemovedOnes() {
        follower.update(List.of(status("web", "c1", "running"), status("db", "c2", "running")));
        assertThat(streams).extracting(s -> s.id + "/" + s.tail).containsExactlyInAnyOrder("c1/100", "c2/100");
        follower.update(List.of(status("web", "c1", "running"), status("db", "c2", "running")));
        assertThat(streams).hasSize(2);

        follower.update(List.of(status("web", "c1", "running")));
        assertThat(streams).filteredOn(s -> s.id.equals("c2")).singleElement().satisfies(s -> assertThat(s.closed).isTrue());
        assertThat(follower.following()).containsExactly("c1");

        streams.get(0).write("2026-12-04T10:00:00.5Z hello\n");
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.service()).isEqualTo("web");
            assertThat(line.container()).isEqualTo("p-web-1");
            assertThat(line.replica()).isEqualTo(1);
            assertThat(line.text()).isEqualTo("hello");
            assertThat(line.timestamp()).isEqualTo(Instant.parse("2026-12-04T10:00:00.5Z"));
        });
    }

    @Test
    void theExistingLinesOfSeveralContainersArriveInTimeOrderThenTheyAreFollowedFromThere() {
        existing.put("c1", "2026-12-04T10:00:01Z web-1\n2026-12-04T10:00:03Z web-3\n");
        existing.put("c2", "2026-12-04T10:00:02Z db-2\n2026-12-04T10:00:04Z db-4\n");
        follower.update(List.of(status("web", "c1", "running"), status("db", "c2", "running")));
        assertThat(tailReads).containsExactlyInAnyOrder("c1/100", "c2/100");
        assertThat(lines).extracting(LogLine::text).containsExactly("web-1", "db-2", "web-3", "db-4");
        assertThat(streams).extracting(s -> s.id + "/" + s.tail + "/" + s.since).containsExactlyInAnyOrder(
                "c1/-1/2026-12-04T10:00:03Z", "c2/-1/2026-12-04T10:00:04Z");
        // Following starts at the whole second, so the last line comes again: it is skipped.
        streams.get(0).write("2026-12-04T10:00:03Z " + (streams.get(0).id.equals("c1") ? "web-3" : "db-4") + "\n");
        assertThat(lines).hasSize(4);
    }

    @Test
    void aRestartedContainerIsFollowedAgainFromTheLastLineSeen() {
        follower.update(List.of(status("web", "c1", "running")));
        Stream first = streams.get(0);
        first.write("2026-12-04T10:00:00.1Z one\n2026-12-04T10:00:00.7Z two\n");
        first.frames.ended(); // stopped
        assertThat(follower.following()).isEmpty();
        follower.update(List.of(status("web", "c1", "exited")));
        assertThat(streams).hasSize(1);

        follower.update(List.of(status("web", "c1", "running")));
        assertThat(streams).hasSize(2);
        Stream second = streams.get(1);
        assertThat(second.since).isEqualTo(Instant.parse("2026-12-04T10:00:00.7Z"));
        assertThat(second.tail).isEqualTo(-1);
        // The Engine's 'since' is in whole seconds, so the old lines of that second come again.
        second.write("2026-12-04T10:00:00.1Z one\n2026-12-04T10:00:00.7Z two\n2026-12-04T10:00:05Z three\n");
        assertThat(lines).extracting(LogLine::text).containsExactly("one", "two", "three");
    }

    @Test
    void aStreamThatEndsWhileTheContainerRunsAgainIsFollowedAgainAtOnce() {
        follower.update(List.of(status("web", "c1", "running")));
        streams.get(0).write("2026-12-04T10:00:00Z one\n");
        running = true; // restarted before any status said so
        streams.get(0).frames.ended();
        assertThat(streams).hasSize(2);
        assertThat(follower.following()).containsExactly("c1");
    }

    @Test
    void anEndedExitedContainerIsNotFollowedAgainUntilItRuns() {
        follower.update(List.of(status("job", "c9", "exited")));
        streams.get(0).write("2026-12-04T10:00:00Z done");
        streams.get(0).frames.ended();
        assertThat(lines).extracting(LogLine::text).containsExactly("done");
        follower.update(List.of(status("job", "c9", "exited")));
        assertThat(streams).hasSize(1);
    }

    @Test
    void linesOfADetachedStreamAreIgnoredAndCloseStopsEverything() {
        follower.update(List.of(status("web", "c1", "running")));
        Stream stream = streams.get(0);
        follower.close();
        assertThat(stream.closed).isTrue();
        stream.write("2026-12-04T10:00:00Z late\n");
        assertThat(lines).isEmpty();
        follower.update(List.of(status("web", "c1", "running")));
        assertThat(streams).hasSize(1);
    }
}
