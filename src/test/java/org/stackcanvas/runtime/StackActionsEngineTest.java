package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;

/**
 * The editor's Run actions (without the window) on a real Docker Engine: Up and Down of a two-service
 * busybox stack, and a Build from the offline busybox image. Skipped without Docker (failed under CI).
 */
class StackActionsEngineTest {

    @TempDir
    Path dir;

    private EngineClient engine;
    private ComposeCli compose;
    private StackActions actions;
    private LoadedProject project;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final List<String> builtImages = new ArrayList<>();

    @BeforeEach
    void needsEngineAndCompose() {
        engine = EngineClient.connect();
        compose = DockerFixture.require(engine);
        actions = new StackActions(new LocalRuntime(engine));
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (project != null) {
            try {
                compose.down(ComposeTarget.of(project), true, line -> { }).await();
            } catch (RuntimeProblem ignored) {
                // Best effort.
            }
        }
        for (String image : builtImages) {
            DockerFixture.exec(List.of("docker", "image", "rm", "-f", image));
        }
        if (engine != null) {
            engine.close();
        }
    }

    private LoadedProject load(String yaml) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        return new ProjectLoader().load(ProjectOptions.builder(dir).projectName(DockerFixture.uniqueProjectName())
                .environment(System.getenv()).build());
    }

    private void run(RunRequest request) throws Exception {
        actions.start(request, project, ComposeTarget.of(project), ComposePaths.DEFAULT, output::add, p -> { })
                .await();
    }

    @Test
    void upStartsBothServicesAndDownRemovesThem() throws Exception {
        project = load("""
                services:
                  web:
                    image: %1$s
                    pull_policy: never
                    init: true
                    network_mode: none
                    command: ["sleep", "300"]
                    healthcheck:
                      test: ["CMD", "true"]
                      interval: 1s
                      timeout: 1s
                      retries: 3
                  worker:
                    image: %1$s
                    pull_policy: never
                    init: true
                    network_mode: none
                    command: ["sleep", "300"]
                    depends_on:
                      web:
                        condition: service_healthy
                """.formatted(DockerFixture.IMAGE));
        String before = Files.readString(dir.resolve("compose.yaml"));

        run(RunRequest.of(RunAction.UP, List.of()));
        List<ContainerInfo> up = engine.containers(project.name());
        assertThat(up).extracting(ContainerInfo::service).containsExactlyInAnyOrder("web", "worker");
        assertThat(up).allMatch(c -> c.state().isUp());
        assertThat(output).anyMatch(line -> line.startsWith("$ ") && line.contains(" up -d"));

        run(RunRequest.of(RunAction.STOP, List.of("worker")));
        assertThat(engine.containers(project.name())).filteredOn(c -> c.service().equals("worker"))
                .allMatch(c -> c.state() == ContainerState.EXITED);

        run(RunRequest.down(true));
        assertThat(engine.containers(project.name())).isEmpty();
        assertThat(Files.readString(dir.resolve("compose.yaml"))).as("running never writes the file").isEqualTo(before);
    }

    @Test
    void buildUsesTheLocalBaseImageWithoutPulling() throws Exception {
        Files.createDirectories(dir.resolve("app"));
        Files.writeString(dir.resolve("app/Dockerfile"), "FROM " + DockerFixture.IMAGE + "\nCMD [\"sleep\", \"300\"]\n");
        project = load("""
                services:
                  app:
                    build: ./app
                    init: true
                    network_mode: none
                """);
        String image = project.name() + "_app";
        builtImages.add(image);
        builtImages.add(project.name() + "-app");

        run(RunRequest.of(RunAction.BUILD, List.of("app")));
        assertThat(output).anyMatch(line -> line.contains(" build app"));
        assertThat(DockerFixture.exec(List.of("docker", "image", "inspect", image)) == 0
                || DockerFixture.exec(List.of("docker", "image", "inspect", project.name() + "-app")) == 0)
                .as("the built image is in the local store").isTrue();
    }
}
