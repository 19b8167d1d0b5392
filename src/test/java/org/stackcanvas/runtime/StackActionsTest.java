package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;

class StackActionsTest {

    @TempDir
    Path dir;

    private final List<List<String>> ran = new ArrayList<>();
    private final java.util.Set<String> missing = new java.util.HashSet<>();
    private final List<String> pulled = new ArrayList<>();
    private ComposeCli compose = ComposeCli.v1("docker-compose");
    private RuntimeProblem unreachable;

    private final StackRuntime runtime = new StackRuntime() {
        @Override
        public void ping() throws RuntimeProblem {
            if (unreachable != null) {
                throw unreachable;
            }
        }

        @Override
        public ComposeCli compose(ComposePaths paths) {
            return compose;
        }

        @Override
        public RunningTask run(List<String> command, ComposeTarget target, Consumer<String> output) {
            ran.add(command);
            return done();
        }

        @Override
        public boolean hasImage(String image) {
            return !missing.contains(image);
        }

        @Override
        public RunningTask pull(String image, Consumer<PullProgress> progress) {
            pulled.add(image);
            return done();
        }
    };

    private static RunningTask done() {
        return new RunningTask() {
            @Override
            public void cancel() {
            }

            @Override
            public void await() {
            }
        };
    }

    private LoadedProject load(String yaml) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        return new ProjectLoader().load(ProjectOptions.forDirectory(dir));
    }

    private static final String STACK = """
            services:
              web:
                image: nginx:1.27
              api:
                build: ./api
                image: shop/api:1
              worker:
                build: ./worker
              cache:
                image: nginx:1.27
            """;

    private List<String> start(RunRequest request, LoadedProject project) throws Exception {
        RunningTask task = new StackActions(runtime).start(request, project, ComposeTarget.of(project),
                ComposePaths.DEFAULT, line -> { }, p -> { });
        task.await();
        return ran.isEmpty() ? List.of() : ran.get(ran.size() - 1);
    }

    @Test
    void eachActionRunsItsComposeCommand() throws Exception {
        LoadedProject project = load(STACK);
        ComposeTarget target = ComposeTarget.of(project);
        assertThat(StackActions.arguments(compose, RunRequest.of(RunAction.UP, List.of("web")), target))
                .endsWith("up", "-d", "web");
        assertThat(StackActions.arguments(compose, RunRequest.of(RunAction.STOP, List.of()), target)).endsWith("stop");
        assertThat(StackActions.arguments(compose, RunRequest.of(RunAction.START, List.of("api")), target))
                .endsWith("start", "api");
        assertThat(StackActions.arguments(compose, RunRequest.of(RunAction.RESTART, List.of()), target))
                .endsWith("restart");
        assertThat(StackActions.arguments(compose, RunRequest.down(true), target)).endsWith("down", "-v");
        assertThat(StackActions.arguments(compose, RunRequest.of(RunAction.BUILD, List.of("api")), target))
                .endsWith("build", "api").doesNotContain("--pull");
        assertThat(start(RunRequest.of(RunAction.UP, List.of()), project))
                .startsWith("docker-compose", "-p", project.name()).endsWith("up", "-d");
    }

    @Test
    void pullGoesToTheEngineOncePerImage() throws Exception {
        LoadedProject project = load(STACK);
        start(RunRequest.of(RunAction.PULL, List.of()), project);
        assertThat(pulled).containsExactly("nginx:1.27", "shop/api:1");
        assertThat(ran).isEmpty();
        assertThat(StackActions.images(project, List.of("worker"))).isEmpty();
        assertThat(StackActions.buildable(project)).containsExactly("api", "worker");
    }

    @Test
    void anUnreachableEngineStopsBeforeCompose() throws Exception {
        LoadedProject project = load(STACK);
        unreachable = new RuntimeProblem("Docker Engine not reachable at unix:///var/run/docker.sock: refused.");
        assertThatThrownBy(() -> start(RunRequest.of(RunAction.UP, List.of()), project))
                .hasMessageContaining("Docker Engine not reachable");
        assertThat(ran).isEmpty();
    }

    @Test
    void composeV1RefusesV2OnlyFeaturesBeforeRunning() throws Exception {
        Files.writeString(dir.resolve("db.yaml"), "services:\n  db:\n    image: postgres:16\n");
        LoadedProject project = load("include:\n  - db.yaml\n" + STACK);
        assertThatThrownBy(() -> start(RunRequest.of(RunAction.UP, List.of()), project))
                .hasMessageContaining("needs Compose v2").hasMessageContaining("'include:'");
        assertThat(ran).isEmpty();
        compose = ComposeCli.v2("docker");
        assertThat(start(RunRequest.of(RunAction.UP, List.of()), project)).endsWith("up", "-d", "--wait");
    }

    @Test
    void composeV1GetsAFileWithANameOnStandardInput() throws Exception {
        LoadedProject project = load("name: shop\n" + STACK);
        assertThat(start(RunRequest.of(RunAction.UP, List.of()), project)).containsSubsequence("-f", "-", "up", "-d");
    }

    @Test
    void upRefusesANeverPulledImageThatIsMissingBeforeCompose() throws Exception {
        LoadedProject project = load("""
                services:
                  web:
                    image: shop/web:1
                    pull_policy: never
                """);
        missing.add("shop/web:1");
        assertThatThrownBy(() -> start(RunRequest.of(RunAction.UP, List.of()), project))
                .hasMessageContaining("Service 'web' uses image shop/web:1 with pull_policy: never");
        assertThat(ran).isEmpty();
        assertThat(start(RunRequest.of(RunAction.STOP, List.of()), project)).as("only Up starts containers")
                .endsWith("stop");
    }

    @Test
    void requestsDescribeThemselves() {
        assertThat(RunRequest.of(RunAction.UP, List.of()).describe()).isEqualTo("Up");
        assertThat(RunRequest.of(RunAction.STOP, List.of("web")).describe()).isEqualTo("Stop web");
        assertThat(RunRequest.of(RunAction.UP, List.of("a", "b")).describe()).isEqualTo("Up 2 services");
        assertThat(RunRequest.down(true).describe()).isEqualTo("Down and remove volumes");
        assertThatThrownBy(() -> new RunRequest(RunAction.UP, List.of(), true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
