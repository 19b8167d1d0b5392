package org.stackcanvas.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YMap;

class InterpolationTest {

    @Test
    void valuesAreInterpolatedKeysAreNot() throws Exception {
        LoadedProject project = Fixtures.load("interpolation", b -> b.environment("IMAGE", "shop"));
        YMap app = Fixtures.service(project, "app");
        assertThat(app.text("image")).contains("registry/shop:latest");
        assertThat(Fixtures.plain(app.get("command"))).isEqualTo(List.of("echo", "$HOME", ""));
        assertThat(app.map("labels").orElseThrow().keys()).containsExactly("${NOT_A_KEY}");
        assertThat(app.get("image").location().toString()).isEqualTo("compose.yaml:4:12");
    }

    @Test
    void resolvedProjectNameIsAvailableAsComposeProjectName() throws Exception {
        LoadedProject project = Fixtures.load("interpolation", b -> b.projectName("shop"));
        assertThat(project.name()).isEqualTo("shop");
        assertThat(Fixtures.service(project, "app").map("environment").orElseThrow().text("PROJECT")).contains("shop");
        assertThat(Fixtures.load("interpolation").model().text("name")).contains("interpolation");
    }

    @Test
    void unsetVariablesAreWarnedAtEachValueLikeCompose() throws Exception {
        LoadedProject project = Fixtures.load("interpolation");
        assertThat(project.warnings()).extracting(LoadWarning::describe).containsExactly(
                "compose.yaml:4:12: The \"IMAGE\" variable is not set. Defaulting to a blank string.",
                "compose.yaml:5:33: The \"MISSING\" variable is not set. Defaulting to a blank string.",
                "compose.yaml:10:21: The \"MISSING\" variable is not set. Defaulting to a blank string.");
    }

    @Test
    void requiredVariableWithoutValueFailsAtTheValue() {
        assertThatThrownBy(() -> Fixtures.load("interpolation-required"))
                .isInstanceOf(DocumentException.class)
                .satisfies(e -> {
                    DocumentException d = (DocumentException) e;
                    assertThat(d.location().toString()).isEqualTo("compose.yaml:5:26");
                    assertThat(d.getMessage()).contains("set DB_PASSWORD in .env")
                            .contains("set DB_PASSWORD in the environment or in the project's .env file");
                });
    }

    @Test
    void requiredVariableFromTheEnvironmentIsUsed() throws Exception {
        LoadedProject project = Fixtures.load("interpolation-required", b -> b.environment("DB_PASSWORD", "s3cret"));
        assertThat(Fixtures.service(project, "db").map("environment").orElseThrow().text("POSTGRES_PASSWORD"))
                .contains("s3cret");
    }
}
