package org.stackcanvas.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stackcanvas.document.DocumentException;

class EnvironmentPrecedenceTest {

    private static Object app(LoadedProject project) {
        return Fixtures.plain(Fixtures.service(project, "app"));
    }

    @Test
    void dotEnvInTheProjectDirectoryIsReadByDefault() throws Exception {
        LoadedProject project = Fixtures.load("env-precedence");
        assertThat(app(project)).isEqualTo(Map.of("image", "app:dotenv", "environment", Map.of(
                "FROM_DOTENV", "yes", "FROM_OTHER", "unset", "SHARED", "dotenv", "DERIVED", "unset")));
        assertThat(project.environment().get("TAG")).contains("dotenv");
    }

    @Test
    void envFileOptionReplacesDotEnv() throws Exception {
        LoadedProject project = Fixtures.load("env-precedence", b -> b.envFile(Path.of("other.env")));
        assertThat(app(project)).isEqualTo(Map.of("image", "app:other", "environment", Map.of(
                "FROM_DOTENV", "unset", "FROM_OTHER", "yes", "SHARED", "other", "DERIVED", "unset")));
    }

    @Test
    void laterEnvFilesOverrideEarlierOnesAndMayReferToThem() throws Exception {
        LoadedProject project = Fixtures.load("env-precedence",
                b -> b.envFile(Path.of("other.env")).envFile(Path.of("third.env")));
        assertThat(app(project)).isEqualTo(Map.of("image", "app:other", "environment", Map.of(
                "FROM_DOTENV", "unset", "FROM_OTHER", "yes", "SHARED", "third", "DERIVED", "other-derived")));
    }

    @Test
    void processEnvironmentWinsOverEveryFile() throws Exception {
        LoadedProject project = Fixtures.load("env-precedence",
                b -> b.environment("TAG", "process").environment("SHARED", "process"));
        assertThat(app(project)).isEqualTo(Map.of("image", "app:process", "environment", Map.of(
                "FROM_DOTENV", "yes", "FROM_OTHER", "unset", "SHARED", "process", "DERIVED", "unset")));
    }

    @Test
    void disablingTheDefaultEnvFileSkipsDotEnv() throws Exception {
        LoadedProject project = Fixtures.load("env-precedence", b -> b.environment("COMPOSE_DISABLE_ENV_FILE", "true"));
        assertThat(project.environment().get("TAG")).isEmpty();
    }

    @Test
    void missingEnvFileIsAnError() {
        assertThatThrownBy(() -> Fixtures.load("env-precedence", b -> b.envFile(Path.of("nope.env"))))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("env file not found");
    }

    @Test
    void brokenEnvFileIsReportedAtItsLine() {
        assertThatThrownBy(() -> Fixtures.load("env-precedence", b -> b.envFile(Path.of("broken.env"))))
                .isInstanceOf(DocumentException.class)
                .satisfies(e -> {
                    DocumentException d = (DocumentException) e;
                    assertThat(d.location().file()).isEqualTo("broken.env");
                    assertThat(d.location().line()).isEqualTo(2);
                });
    }
}
