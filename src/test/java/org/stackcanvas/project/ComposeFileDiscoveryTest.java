package org.stackcanvas.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.document.DocumentException;

class ComposeFileDiscoveryTest {

    private final ComposeFileDiscovery discovery = new ComposeFileDiscovery(":");

    private static String names(ComposeFileDiscovery.Result result) {
        return String.join(",", result.files().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void prefersComposeYamlAndWarnsAboutTheOthers() throws Exception {
        ComposeFileDiscovery.Result result = discovery.discover(Fixtures.dir("discovery/preference"), Map.of());
        assertThat(names(result)).isEqualTo("compose.yaml,compose.override.yml");
        assertThat(result.warnings()).extracting(LoadWarning::message).containsExactly(
                "Found multiple config files with supported names: compose.yaml, docker-compose.yml. "
                        + "Using compose.yaml; remove or rename the others",
                "Found multiple override files with supported names: compose.override.yml, "
                        + "docker-compose.override.yaml. Using compose.override.yml; remove or rename the others");
    }

    @Test
    void prefersDockerComposeYmlOverDockerComposeYaml() throws Exception {
        ComposeFileDiscovery.Result result = discovery.discover(Fixtures.dir("discovery/docker-compose"), Map.of());
        assertThat(names(result)).isEqualTo("docker-compose.yml");
        assertThat(result.warnings()).hasSize(1);
    }

    @Test
    void anyOverrideNameGoesWithAnyMainName() throws Exception {
        ComposeFileDiscovery.Result result = discovery.discover(Fixtures.dir("discovery/override-names"), Map.of());
        assertThat(names(result)).isEqualTo("compose.yml,docker-compose.override.yml");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void searchesParentFoldersWhenTheWorkingFolderHasNone() throws Exception {
        ComposeFileDiscovery.Result result = discovery.discover(Fixtures.dir("discovery/parent/sub"), Map.of());
        assertThat(result.files()).containsExactly(Fixtures.dir("discovery/parent").resolve("compose.yaml"),
                Fixtures.dir("discovery/parent").resolve("compose.override.yaml"));
    }

    @Test
    void composeFileVariableWinsAndUsesItsSeparator() throws Exception {
        Path dir = Fixtures.dir("discovery/compose-file-var");
        ComposeFileDiscovery.Result result = discovery.discover(dir,
                Map.of("COMPOSE_FILE", "base.yaml;extra.yaml", "COMPOSE_PATH_SEPARATOR", ";"));
        assertThat(names(result)).isEqualTo("base.yaml,extra.yaml");
        assertThat(names(discovery.discover(dir, Map.of("COMPOSE_FILE", "extra.yaml:base.yaml"))))
                .isEqualTo("extra.yaml,base.yaml");
    }

    @Test
    void composeFileNamingAMissingFileIsAnError() {
        assertThatThrownBy(() -> discovery.discover(Fixtures.dir("discovery/compose-file-var"),
                Map.of("COMPOSE_FILE", "base.yaml:gone.yaml")))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("COMPOSE_FILE names this file but it does not exist");
    }

    @Test
    void nothingFoundAnywhereSaysWhatToDo(@TempDir Path empty) throws Exception {
        Path deep = Files.createDirectories(empty.resolve("a/b"));
        assertThatThrownBy(() -> discovery.discover(deep, Map.of()))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("no compose file found here or in any parent folder")
                .hasMessageContaining("create compose.yaml or choose files with -f");
    }

    @Test
    void loaderReadsComposeFileFromTheWorkingFolderDotEnv() throws Exception {
        LoadedProject project = Fixtures.load("discovery/compose-file-var");
        assertThat(project.composeFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("base.yaml", "extra.yaml");
        assertThat(Fixtures.service(project, "api").text("image")).contains("api:2");
        assertThat(project.services().has("ignored")).isFalse();
    }

    @Test
    void loaderMergesTheDiscoveredOverrideFileAndReportsWarningsWithProjectNames() throws Exception {
        LoadedProject project = Fixtures.load("discovery/preference");
        assertThat(Fixtures.service(project, "web").map("environment").orElseThrow().text("FROM"))
                .contains("compose.override.yml");
        assertThat(Fixtures.service(project, "web").text("image")).contains("from-compose-yaml");
        assertThat(project.warnings()).extracting(w -> w.location().file())
                .containsExactly("compose.yaml", "compose.override.yml");
    }

    @Test
    void projectFoundInParentFolderUsesThatFolder() throws Exception {
        LoadedProject project = Fixtures.load("discovery/parent/sub");
        assertThat(project.directory()).isEqualTo(Fixtures.dir("discovery/parent"));
        assertThat(project.name()).isEqualTo("parent");
        assertThat(Fixtures.service(project, "app").text("restart")).contains("always");
    }
}
