package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The watcher against a scripted Engine: containers, events and outages are the test's to give. */
class StatusWatcherTest {

    private static final StatusWatcher.Timing FAST = new StatusWatcher.Timing(Duration.ofMillis(30),
            Duration.ofMillis(40), Duration.ofMillis(160));

    private final FakeEngine engine = new FakeEngine();
    private final Recorder recorder = new Recorder();
    private StatusWatcher watcher;

    @AfterEach
    void close() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private StatusWatcher start(String project, List<String> declared) {
        watcher = new StatusWatcher(engine, project, declared, recorder, FAST).start();
        return watcher;
    }

    @Test
    void readsTheStatusOnStartAndSaysTheEngineIsReachable() {
        engine.containers.put("shop", List.of(container("shop", "web", "running", "Up 2 seconds (healthy)")));
        start("shop", List.of("web", "db"));

        await(() -> recorder.latest() != null);
        assertThat(recorder.latest()).extracting(ServiceStatus::service).containsExactly("web", "db");
        assertThat(recorder.latest().get(0).state()).isEqualTo(ContainerState.HEALTHY);
        assertThat(recorder.latest().get(1).state()).isEqualTo(ContainerState.NOT_CREATED);
        assertThat(recorder.engine()).extracting(EngineState::isReachable).isEqualTo(true);
        assertThat(recorder.engine().version().version()).isEqualTo("20.10.24");
        assertThat(engine.subscribedProjects).containsExactly("shop");
    }

    @Test
    void anEventBurstIsReadOnceAfterItSettles() throws Exception {
        start("shop", List.of("web"));
        await(() -> recorder.latest() != null);
        int readsBefore = engine.reads.get();

        engine.containers.put("shop", List.of(container("shop", "web", "exited", "Exited (3) 1 second ago")));
        for (int i = 0; i < 50; i++) {
            engine.emit(i % 2 == 0 ? "die" : "health_status: unhealthy");
        }

        await(() -> recorder.latest().get(0).state() == ContainerState.EXITED);
        Thread.sleep(100);
        assertThat(engine.reads.get() - readsBefore).isBetween(1, 3);
        assertThat(recorder.latest().get(0).exitCode()).hasValue(3);
    }

    @Test
    void healthcheckRunsDoNotCauseReads() throws Exception {
        start("shop", List.of("web"));
        await(() -> recorder.latest() != null);
        int readsBefore = engine.reads.get();

        engine.emit("exec_create: true");
        engine.emit("exec_start: true");
        engine.emit("exec_die");
        Thread.sleep(150);

        assertThat(engine.reads.get()).isEqualTo(readsBefore);
    }

    @Test
    void whenTheStreamBreaksTheEngineIsUnreachableUntilItIsBackThenEverythingIsReadAgain() throws Exception {
        engine.containers.put("shop", List.of(container("shop", "web", "running", "Up 1 second")));
        start("shop", List.of("web"));
        await(() -> recorder.latest() != null && engine.openStreams() == 1);

        engine.down = "Docker Engine not reachable at unix:///var/run/docker.sock: Connection refused. Start it.";
        engine.breakStreams();
        await(() -> recorder.engine() != null && !recorder.engine().isReachable());
        assertThat(recorder.engine().problem()).contains("Connection refused").contains("Start it");
        await(() -> recorder.latest().isEmpty()); // unknown while away, not the last (maybe stale) state
        int pingsWhileDown = engine.pings.get();
        Thread.sleep(400);
        // Retries go on, with a pause that grows (40, 80, 160, 160 ms...): a handful, not hundreds.
        assertThat(engine.pings.get() - pingsWhileDown).isBetween(1, 8);

        engine.containers.put("shop", List.of(container("shop", "web", "exited", "Exited (0) 1 second ago")));
        engine.down = null;
        await(() -> recorder.engine().isReachable() && !recorder.latest().isEmpty()
                && recorder.latest().get(0).state() == ContainerState.EXITED);
        assertThat(engine.openStreams()).isEqualTo(1);
    }

    @Test
    void anEngineThatIsDownAtStartIsReportedAndPickedUpLater() {
        engine.down = "Docker Engine not reachable: the socket does not exist.";
        start("shop", List.of("web"));
        await(() -> recorder.engine() != null);
        assertThat(recorder.engine().isReachable()).isFalse();
        assertThat(recorder.latest()).isNull();

        engine.down = null;
        await(() -> recorder.engine().isReachable() && recorder.latest() != null);
    }

    @Test
    void resyncReadsAtOnceAndReconnectsWhenDown() throws Exception {
        start("shop", List.of("web"));
        await(() -> recorder.latest() != null);
        engine.containers.put("shop", List.of(container("shop", "web", "running", "Up 1 second")));

        watcher.resync();
        await(() -> recorder.latest().get(0).state() == ContainerState.RUNNING);
    }

    @Test
    void declaredServicesChangeWithoutAskingTheEngine() throws Exception {
        start("shop", List.of("web"));
        await(() -> recorder.latest() != null);
        int readsBefore = engine.reads.get();

        watcher.setDeclaredServices(List.of("web", "worker"));
        await(() -> recorder.latest().size() == 2);
        assertThat(recorder.latest().get(1).service()).isEqualTo("worker");
        assertThat(engine.reads.get()).isEqualTo(readsBefore);
    }

    @Test
    void anotherProjectNameIsFollowedAndTheOldStreamEnds() {
        engine.containers.put("renamed", List.of(container("renamed", "web", "running", "Up 1 second")));
        start("shop", List.of("web"));
        await(() -> recorder.latest() != null && engine.openStreams() == 1);

        watcher.watch("renamed");
        await(() -> recorder.latest().get(0).state() == ContainerState.RUNNING);
        assertThat(engine.subscribedProjects).containsExactly("shop", "renamed");
        assertThat(engine.openStreams()).isEqualTo(1);
    }

    @Test
    void closeEndsTheStreamAndNothingIsReportedAfter() throws Exception {
        start("shop", List.of("web"));
        await(() -> recorder.latest() != null && engine.openStreams() == 1);

        watcher.close();
        int calls = recorder.calls.get();
        assertThat(engine.openStreams()).isZero();
        engine.containers.put("shop", List.of(container("shop", "web", "running", "Up 1 second")));
        engine.emit("start");
        Thread.sleep(100);
        assertThat(recorder.calls.get()).isEqualTo(calls);
    }

    // ---- helpers --------------------------------------------------------------------------------

    static ContainerInfo container(String project, String service, String state, String status) {
        return ContainerInfo.of(service + "-id", List.of("/" + project + "_" + service + "_1"),
                Map.of(ContainerInfo.PROJECT_LABEL, project, ContainerInfo.SERVICE_LABEL, service), state, status);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static final class Recorder implements StatusWatcher.Listener {
        final List<List<ServiceStatus>> statuses = new CopyOnWriteArrayList<>();
        final List<EngineState> engines = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public void statusChanged(List<ServiceStatus> now) {
            calls.incrementAndGet();
            statuses.add(now);
        }

        @Override
        public void engineChanged(EngineState state) {
            calls.incrementAndGet();
            engines.add(state);
        }

        List<ServiceStatus> latest() {
            return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
        }

        EngineState engine() {
            return engines.isEmpty() ? null : engines.get(engines.size() - 1);
        }
    }

    /** An Engine whose containers, events and outages the test controls. */
    private static final class FakeEngine implements StatusSource {
        final Map<String, List<ContainerInfo>> containers = new java.util.concurrent.ConcurrentHashMap<>();
        final List<String> subscribedProjects = new CopyOnWriteArrayList<>();
        final List<Stream> streams = new CopyOnWriteArrayList<>();
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger pings = new AtomicInteger();
        volatile String down;

        @Override
        public String host() {
            return "unix:///var/run/docker.sock";
        }

        @Override
        public EngineClient.EngineVersion ping() throws RuntimeProblem {
            pings.incrementAndGet();
            failWhenDown();
            return new EngineClient.EngineVersion("20.10.24", "1.41", "linux", "amd64");
        }

        @Override
        public List<ContainerInfo> containers(String projectName) throws RuntimeProblem {
            reads.incrementAndGet();
            failWhenDown();
            return containers.getOrDefault(projectName, List.of());
        }

        @Override
        public Subscription events(String projectName, EventSink sink) throws RuntimeProblem {
            failWhenDown();
            subscribedProjects.add(projectName);
            Stream stream = new Stream(sink);
            streams.add(stream);
            return () -> stream.open = false;
        }

        private void failWhenDown() throws RuntimeProblem {
            String message = down;
            if (message != null) {
                throw new RuntimeProblem(message);
            }
        }

        void emit(String action) {
            for (Stream s : streams) {
                if (s.open) {
                    s.sink.event(action);
                }
            }
        }

        void breakStreams() {
            for (Stream s : new ArrayList<>(streams)) {
                if (s.open) {
                    s.open = false;
                    s.sink.ended(new java.io.IOException("Connection reset"));
                }
            }
        }

        long openStreams() {
            return streams.stream().filter(s -> s.open).count();
        }

        private static final class Stream {
            final EventSink sink;
            volatile boolean open = true;

            Stream(EventSink sink) {
                this.sink = sink;
            }
        }
    }
}
