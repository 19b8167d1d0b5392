package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;

class LocalImagesTest {

    @TempDir
    Path dir;

    private LoadedProject project() throws Exception {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, """
                services:
                  web:
                    image: shop/web:1
                    pull_policy: never
                    depends_on:
                      api:
                        condition: service_healthy
                  api:
                    image: shop/api:1
                    pull_policy: never
                    depends_on: [db]
                  db:
                    image: postgres:16
                  built:
                    image: shop/built:1
                    pull_policy: never
                    build: .
                  lonely:
                    image: shop/lonely:1
                    pull_policy: never
                """);
        return new ProjectLoader().load(ProjectOptions.builder(dir).configFile(file).build());
    }

    @Test
    void checksTheAskedServicesAndWhatTheyDependOn() throws Exception {
        List<String> asked = new ArrayList<>();
        LocalImages.requireNeverPulledImages(project(), List.of("web"), image -> asked.add(image));
        assertThat(asked).as("db may be pulled; lonely is not started").containsExactly("shop/web:1", "shop/api:1");
        assertThat(LocalImages.withDependencies(project().services(), List.of("web")))
                .isEqualTo(Set.of("web", "api", "db"));
    }

    @Test
    void aMissingNeverPulledImageNamesTheServiceAndWhatToDo() throws Exception {
        assertThatThrownBy(() -> LocalImages.requireNeverPulledImages(project(), List.of(),
                image -> !image.equals("shop/lonely:1")))
                .isInstanceOf(RuntimeProblem.class)
                .hasMessageContaining("Service 'lonely' uses image shop/lonely:1 with pull_policy: never")
                .hasMessageContaining("docker load")
                .satisfies(e -> assertThat(((RuntimeProblem) e).failedService()).contains("lonely"));
    }

    @Test
    void servicesThatBuildAreNotChecked() throws Exception {
        List<String> asked = new ArrayList<>();
        LocalImages.requireNeverPulledImages(project(), List.of("built"), image -> asked.add(image));
        assertThat(asked).isEmpty();
    }
}
