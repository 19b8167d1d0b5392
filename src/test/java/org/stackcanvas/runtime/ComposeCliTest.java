package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposeCliTest {

    private static final Path DIR = Path.of("/stacks/shop");
    private static final ComposeTarget TARGET = new ComposeTarget("shop", DIR,
            List.of(DIR.resolve("compose.yaml"), DIR.resolve("compose.override.yaml")));

    private static final List<String> BASE_ARGS = List.of("-p", "shop", "--project-directory", "/stacks/shop",
            "-f", "/stacks/shop/compose.yaml", "-f", "/stacks/shop/compose.override.yaml");

    private static List<String> expected(List<String> program, String... rest) {
        List<String> all = new ArrayList<>(program);
        all.addAll(BASE_ARGS);
        Collections.addAll(all, rest);
        return all;
    }

    @Test
    void v2UpWaitsAndNamesTheProjectAndServices() {
        ComposeCli cli = ComposeCli.v2("/usr/bin/docker");
        assertThat(cli.upArguments(TARGET, List.of("web", "db")))
                .isEqualTo(expected(List.of("/usr/bin/docker", "compose"), "up", "-d", "--wait", "web", "db"));
        assertThat(cli.upArguments(TARGET, List.of()))
                .isEqualTo(expected(List.of("/usr/bin/docker", "compose"), "up", "-d", "--wait"));
    }

    @Test
    void v1UpHasNoWait() {
        ComposeCli cli = ComposeCli.v1("docker-compose");
        assertThat(cli.upArguments(TARGET, List.of("web")))
                .isEqualTo(expected(List.of("docker-compose"), "up", "-d", "web"));
    }

    @Test
    void otherCommands() {
        ComposeCli cli = ComposeCli.v1("docker-compose");
        List<String> p = List.of("docker-compose");
        assertThat(cli.downArguments(TARGET, true)).isEqualTo(expected(p, "down", "-v"));
        assertThat(cli.downArguments(TARGET, false)).isEqualTo(expected(p, "down"));
        assertThat(cli.stopArguments(TARGET, List.of("web"))).isEqualTo(expected(p, "stop", "web"));
        assertThat(cli.startArguments(TARGET, List.of())).isEqualTo(expected(p, "start"));
        assertThat(cli.restartArguments(TARGET, List.of("db"))).isEqualTo(expected(p, "restart", "db"));
        assertThat(cli.psArguments(TARGET)).isEqualTo(expected(p, "ps"));
        assertThat(cli.logsArguments(TARGET, List.of("web"), true))
                .isEqualTo(expected(p, "logs", "--no-color", "-f", "web"));
    }

    @Test
    void servicesThatLookLikeOptionsAreRefused() {
        ComposeCli cli = ComposeCli.v2("docker");
        assertThatThrownBy(() -> cli.upArguments(TARGET, List.of("--build"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detectFallsBackToV1AndExplainsWhenNeitherWorks() throws Exception {
        // 'false' fails as "docker compose version"; 'true' succeeds as "docker-compose version".
        ComposeCli v1 = ComposeCli.detect("false", "true");
        assertThat(v1.flavor()).isEqualTo(ComposeFlavor.V1);
        assertThat(v1.executable()).containsExactly("true");
        ComposeCli v2 = ComposeCli.detect("true", "false");
        assertThat(v2.flavor()).isEqualTo(ComposeFlavor.V2);
        assertThat(v2.executable()).containsExactly("true", "compose");
        assertThatThrownBy(() -> ComposeCli.detect("/nonexistent/docker", "/nonexistent/docker-compose"))
                .isInstanceOf(RuntimeProblem.class)
                .hasMessageContaining("Docker Compose was not found")
                .hasMessageContaining("apt-get install docker-compose");
    }

    @Test
    void runStreamsOutputAndSurfacesFailureWithStderr() throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        ComposeRun ok = ComposeCli.start(List.of("sh", "-c", "echo one; echo two"), null, lines::add);
        assertThat(ok.await()).isZero();
        assertThat(lines).containsExactly("one", "two");

        ComposeRun failing = ComposeCli.start(List.of("sh", "-c", "echo progress >&2; echo 'no such service: x' >&2;"
                + " exit 3"), null, line -> { });
        assertThatThrownBy(failing::await).isInstanceOfSatisfying(RuntimeProblem.class, p -> {
            assertThat(p.exitCode()).isEqualTo(3);
            assertThat(p.getMessage()).contains("exit code 3").contains("no such service: x");
            assertThat(p.stderr()).contains("progress");
        });
    }

    @Test
    void cancelEndsTheProcessTree() throws Exception {
        ComposeRun run = ComposeCli.start(List.of("sh", "-c", "sleep 60 & sleep 60; wait"), null, line -> { });
        Thread.sleep(200);
        List<ProcessHandle> tree = new ArrayList<>();
        ProcessHandle.current().descendants().forEach(tree::add);
        assertThat(tree).isNotEmpty();
        long start = System.nanoTime();
        run.cancel();
        assertThatThrownBy(run::await).isInstanceOf(RuntimeProblem.class).hasMessageStartingWith("Cancelled");
        assertThat(run.isAlive()).isFalse();
        Thread.sleep(100);
        assertThat(tree).noneMatch(h -> h.isAlive() && h.info().command().orElse("").endsWith("sleep"));
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
    }
}
