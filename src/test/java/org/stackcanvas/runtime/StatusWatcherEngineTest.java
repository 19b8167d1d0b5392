package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;

/**
 * The watcher and the usage reading against a real Docker Engine (skipped without one, failing
 * under CI). States arrive through the Engine's events: the only container reads are the ones the
 * watcher makes after an event, a reconnect or a resync, which the test counts.
 */
class StatusWatcherEngineTest {

    @TempDir
    Path dir;

    private EngineClient engine;
    private ComposeCli compose;
    private ComposeTarget target;
    private StatusWatcher watcher;
    private final CopyOnWriteArrayList<List<ServiceStatus>> seen = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<EngineState> engineStates = new CopyOnWriteArrayList<>();

    @BeforeEach
    void needsEngineAndCompose() {
        engine = EngineClient.connect();
        compose = DockerFixture.require(engine);
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (watcher != null) {
            watcher.close();
        }
        if (target != null) {
            try {
                compose.down(target, true, line -> { }).await();
            } catch (RuntimeProblem ignored) {
                // Best effort.
            }
        }
        if (engine != null) {
            engine.close();
        }
    }

    private LoadedProject project() throws Exception {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, """
                services:
                  web:
                    image: %1$s
                    pull_policy: never
                    init: true
                    network_mode: none
                    command: ["sh", "-c", "echo started; sleep 300"]
                    healthcheck:
                      test: ["CMD", "true"]
                      interval: 1s
                      timeout: 1s
                      retries: 3
                  job:
                    image: %1$s
                    pull_policy: never
                    init: true
                    network_mode: none
                    command: ["sh", "-c", "sleep 1; exit 3"]
                """.formatted(DockerFixture.IMAGE));
        LoadedProject project = new ProjectLoader().load(ProjectOptions.builder(dir).configFile(file)
                .projectName(DockerFixture.uniqueProjectName()).build());
        compose.requireSupported(project);
        target = ComposeTarget.of(project);
        return project;
    }

    @Test
    void statesArriveThroughEventsAndAReconnectReadsEverythingAgain() throws Exception {
        LoadedProject project = project();
        OutageSource source = new OutageSource(engine);
        watcher = new StatusWatcher(source, project.name(), List.of("web", "job"), listener()).start();
        awaitStatus(s -> s.get(0).state() == ContainerState.NOT_CREATED, 10);
        int readsAtStart = source.reads.get();

        long started = System.nanoTime();
        compose.up(target, List.of("web", "job"), line -> { }).await();
        awaitStatus(s -> s.get(0).state() == ContainerState.HEALTHY
                && s.get(1).state() == ContainerState.EXITED, 15);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(seen).anySatisfy(s -> assertThat(s.get(0).state()).isIn(ContainerState.RUNNING,
                ContainerState.STARTING));
        assertThat(latest().get(0).running()).isEqualTo(1);
        assertThat(latest().get(1).exitCode()).hasValue(3);
        // Polling every second would read ~seconds times per service; events read a handful of times.
        assertThat(source.reads.get() - readsAtStart).as("reads in %.1f s", seconds).isLessThanOrEqualTo(12);

        // The Engine goes away while the stack changes; once back, the watcher reads it all again.
        source.down = true;
        source.breakStream();
        awaitEngine(state -> !state.isReachable());
        compose.stop(target, List.of("web"), line -> { }).await();
        source.down = false;
        awaitEngine(EngineState::isReachable);
        awaitStatus(s -> s.get(0).state() == ContainerState.EXITED, 15);
        assertThat(source.subscriptions.get()).isEqualTo(2);
    }

    @Test
    void aRunningServiceUsesMemory() throws Exception {
        LoadedProject project = project();
        compose.up(target, List.of("web"), line -> { }).await();

        List<ServiceUsage> usage = engine.usage(project.name(), "web");

        assertThat(usage).hasSize(1);
        assertThat(usage.get(0).service()).isEqualTo("web");
        assertThat(usage.get(0).containers()).isEqualTo(1);
        assertThat(usage.get(0).memoryBytes()).isPositive();
        assertThat(usage.get(0).memoryLimitBytes()).isGreaterThan(usage.get(0).memoryBytes());
        assertThat(usage.get(0).cpuPercent()).isBetween(0.0, 100.0 * Runtime.getRuntime().availableProcessors());
        assertThat(engine.usage(project.name())).extracting(ServiceUsage::service).containsExactly("web");
    }

    private StatusWatcher.Listener listener() {
        return new StatusWatcher.Listener() {
            @Override
            public void statusChanged(List<ServiceStatus> statuses) {
                seen.add(statuses);
            }

            @Override
            public void engineChanged(EngineState state) {
                engineStates.add(state);
            }
        };
    }

    private List<ServiceStatus> latest() {
        return seen.isEmpty() ? null : seen.get(seen.size() - 1);
    }

    private void awaitStatus(Predicate<List<ServiceStatus>> condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (latest() == null || latest().isEmpty() || !condition.test(latest())) {
            assertThat(System.nanoTime()).as("status within %d s; last seen %s", seconds, latest()).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private void awaitEngine(Predicate<EngineState> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (engineStates.isEmpty() || !condition.test(engineStates.get(engineStates.size() - 1))) {
            assertThat(System.nanoTime()).as("engine state within 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** The real Engine, with a switch that makes it look unreachable and breaks the open stream. */
    private static final class OutageSource implements StatusSource {
        private final EngineClient engine;
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger subscriptions = new AtomicInteger();
        volatile boolean down;
        private volatile Subscription open;
        private volatile EventSink openSink;

        OutageSource(EngineClient engine) {
            this.engine = engine;
        }

        @Override
        public String host() {
            return engine.host();
        }

        @Override
        public EngineClient.EngineVersion ping() throws RuntimeProblem {
            if (down) {
                throw new RuntimeProblem("Docker Engine not reachable (switched off by the test)");
            }
            return engine.ping();
        }

        @Override
        public List<ContainerInfo> containers(String projectName) throws RuntimeProblem {
            reads.incrementAndGet();
            return engine.containers(projectName);
        }

        @Override
        public Subscription events(String projectName, EventSink sink) throws RuntimeProblem {
            subscriptions.incrementAndGet();
            open = engine.events(projectName, sink);
            openSink = sink;
            return open;
        }

        void breakStream() {
            open.close();
            openSink.ended(new java.io.IOException("connection reset by the test"));
        }
    }
}
