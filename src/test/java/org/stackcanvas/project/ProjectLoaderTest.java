package org.stackcanvas.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stackcanvas.document.DocumentException;

class ProjectLoaderTest {

    @Test
    void multipleFilesMergeInOrderAndTheDocumentsAreListedInThatOrder() throws Exception {
        LoadedProject project = Fixtures.load("multiple-f", b -> b.configFile(Path.of("base.yaml"))
                .configFile(Path.of("dev.yaml")).configFile(Path.of("prod.yaml")));
        assertThat(project.documents()).extracting(d -> d.name()).containsExactly("base.yaml", "dev.yaml", "prod.yaml");
        assertThat(Fixtures.plain(Fixtures.service(project, "web"))).isEqualTo(Map.of(
                "image", "web:prod",
                "ports", List.of("80:80", "8080:80"),
                "environment", Map.of("STAGE", "prod")));
        assertThat(project.services().keys()).containsExactly("web", "proxy");
        assertThat(project.name()).isEqualTo("multiple-f");
        assertThat(project.directory()).isEqualTo(Fixtures.dir("multiple-f"));
    }

    @Test
    void obsoleteVersionIsDroppedWithComposeWarning() throws Exception {
        LoadedProject project = Fixtures.load("multiple-f", b -> b.configFile(Path.of("base.yaml")));
        assertThat(project.model().has("version")).isFalse();
        assertThat(project.warnings()).extracting(LoadWarning::describe).containsExactly(
                "base.yaml:1:1: the attribute `version` is obsolete, it will be ignored, please remove it "
                        + "to avoid potential confusion");
    }

    @Test
    void projectDirectoryOptionChangesWhereRelativePathsAndDotEnvAreRead() throws Exception {
        LoadedProject project = Fixtures.load("multiple-f", b -> b.configFile(Path.of("dev.yaml"))
                .projectDirectory(Fixtures.dir("env-precedence")));
        assertThat(project.directory()).isEqualTo(Fixtures.dir("env-precedence"));
        assertThat(project.environment().get("TAG")).contains("dotenv");
        assertThat(project.documents().get(0).name()).isEqualTo("../multiple-f/dev.yaml");
        assertThat(project.name()).isEqualTo("env-precedence");
    }

    @Test
    void missingComposeFileOptionIsAnError() {
        assertThatThrownBy(() -> Fixtures.load("multiple-f", b -> b.configFile(Path.of("nope.yaml"))))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("compose file not found; check the -f path");
    }

    @Test
    void emptyProjectIsAnError() {
        assertThatThrownBy(() -> Fixtures.load("empty"))
                .isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).describe())
                        .isEqualTo("compose.yaml: the compose file is empty; add a services: section"));
    }

    @Test
    void topLevelMustBeAMapping() {
        assertThatThrownBy(() -> Fixtures.load("not-a-mapping"))
                .isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).describe()).startsWith(
                        "compose.yaml:1:1: the top level of a compose file must be a mapping"));
    }

    @Test
    void documentsCanBeFoundByTheFileNameInALocation() throws Exception {
        LoadedProject project = Fixtures.load("extends/other-file");
        String file = Fixtures.service(project, "web").get("build").location().file();
        assertThat(project.document(file)).hasValueSatisfying(d ->
                assertThat(d.path()).contains(Fixtures.dir("extends/other-file").resolve("common/base.yml")));
    }
}
