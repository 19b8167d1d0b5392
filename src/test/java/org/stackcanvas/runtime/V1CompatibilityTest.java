package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;

class V1CompatibilityTest {

    private static List<String> problems(String yaml) throws Exception {
        return V1Compatibility.problems(new DocumentParser().parseText("compose.yaml", yaml).tree());
    }

    @Test
    void plainFileRunsWithV1() throws Exception {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    depends_on:
                      db:
                        condition: service_healthy
                  db:
                    image: postgres
                """)).isEmpty();
    }

    @Test
    void reportsNameIncludeAndRequiredWithLocations() throws Exception {
        List<String> problems = problems("""
                name: shop
                include:
                  - other.yaml
                services:
                  web:
                    image: nginx
                    depends_on:
                      db:
                        condition: service_started
                        required: false
                  db:
                    image: postgres
                """);
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("compose.yaml:1:1").contains("top-level 'name:'").contains("-p");
        assertThat(problems.get(1)).startsWith("compose.yaml:2:1").contains("'include:'");
        assertThat(problems.get(2)).startsWith("compose.yaml:10:").contains("depends_on.db.required")
                .contains("service web");
    }

    @Test
    void deployPidsLimitPointsToPidsLimit() throws Exception {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    deploy:
                      resources:
                        limits:
                          memory: 128M
                          pids: 100
                """)).singleElement().asString().startsWith("compose.yaml:8:")
                .contains("service web").contains("'pids_limit: 100'");
        assertThat(problems("services:\n  web:\n    image: nginx\n    pids_limit: 100\n")).isEmpty();
    }

    @Test
    void shortDependsOnIsFine() throws Exception {
        assertThat(problems("""
                services:
                  web:
                    depends_on: [db]
                  db: {}
                """)).isEmpty();
    }

    private static LoadedProject project(Path dir, String yaml) throws Exception {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, yaml);
        return new ProjectLoader().load(ProjectOptions.builder(dir).configFile(file).build());
    }

    @Test
    void mainFileNameIsAdaptedNotRefused(@TempDir Path dir) throws Exception {
        String yaml = """
                # the shop
                name: shop
                services:
                  web:
                    image: nginx  # pinned below
                """;
        LoadedProject project = project(dir, yaml);
        assertThat(V1Compatibility.problems(project)).hasSize(1);
        assertThat(V1Compatibility.unadaptableProblems(project)).isEmpty();

        ComposeTarget adapted = V1Compatibility.adapt(project, ComposeTarget.of(project));
        assertThat(adapted.stdinFile()).isZero();
        assertThat(adapted.stdin()).contains("""
                # the shop
                services:
                  web:
                    image: nginx  # pinned below
                """);
        assertThat(adapted.projectName()).isEqualTo("shop");
        assertThat(Files.readString(dir.resolve("compose.yaml"))).as("the file on disk is untouched").isEqualTo(yaml);
        assertThat(ComposeCli.v1("docker-compose").base(adapted)).containsSubsequence("-p", "shop", "-f", "-");
    }

    @Test
    void includeStillNeedsV2(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("other.yaml"), "services:\n  db:\n    image: postgres\n");
        LoadedProject project = project(dir, """
                name: shop
                include:
                  - other.yaml
                services:
                  web:
                    image: nginx
                """);
        assertThat(V1Compatibility.unadaptableProblems(project)).singleElement().asString().contains("'include:'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ComposeCli.v1("docker-compose").target(project))
                .isInstanceOf(RuntimeProblem.class).hasMessageContaining("needs Compose v2")
                .hasMessageContaining("compose.yaml:2:1");
    }

    @Test
    void fileWithoutNameRunsFromDisk(@TempDir Path dir) throws Exception {
        LoadedProject project = project(dir, "services:\n  web:\n    image: nginx\n");
        ComposeTarget target = ComposeCli.v1("docker-compose").target(project);
        assertThat(target.stdin()).isEmpty();
        assertThat(ComposeCli.v1("docker-compose").base(target)).doesNotContain("-");
    }
}
