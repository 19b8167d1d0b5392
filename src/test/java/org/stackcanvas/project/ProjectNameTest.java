package org.stackcanvas.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stackcanvas.document.DocumentException;

class ProjectNameTest {

    @ParameterizedTest
    @CsvSource({"My_Project.Dir,my_projectdir", "__-web-1,web-1", "Shop Front,shopfront", "ÄÖÜ-x,x", "___,''"})
    void normalizesLikeCompose(String input, String expected) {
        assertThat(ProjectNames.normalize(input)).isEqualTo(expected);
    }

    @Test
    void folderNameIsNormalized() throws Exception {
        assertThat(Fixtures.load("name/My_Project.Dir").name()).isEqualTo("my_projectdir");
    }

    @Test
    void topLevelNameIsInterpolatedAndNormalized() throws Exception {
        assertThat(Fixtures.load("name/from-file").name()).isEqualTo("shop_frontend");
        assertThat(Fixtures.load("name/from-file", b -> b.environment("PREFIX", "Admin")).name())
                .isEqualTo("admin_frontend");
    }

    @Test
    void composeProjectNameWinsOverTheFileAsInCompose() throws Exception {
        assertThat(Fixtures.load("name/from-file", b -> b.environment("COMPOSE_PROJECT_NAME", "ci-run")).name())
                .isEqualTo("ci-run");
    }

    @Test
    void projectNameOptionWinsOverEverything() throws Exception {
        assertThat(Fixtures.load("name/from-file", b -> b.projectName("cli")
                .environment("COMPOSE_PROJECT_NAME", "ci-run")).name()).isEqualTo("cli");
    }

    @Test
    void explicitNamesMustAlreadyBeValid() {
        assertThatThrownBy(() -> Fixtures.load("name/from-file", b -> b.projectName("My App")))
                .isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).describe()).isEqualTo(
                        "--project-name: invalid project name \"My App\": use only lowercase letters, digits, '-' "
                                + "and '_', starting with a letter or digit (e.g. \"myapp\")"));
        assertThatThrownBy(() -> Fixtures.load("name/from-file", b -> b.environment("COMPOSE_PROJECT_NAME", "-x")))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("invalid project name \"-x\"");
    }

    @Test
    void folderWithoutUsableCharactersNeedsAName() throws Exception {
        assertThatThrownBy(() -> Fixtures.load("name/___"))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("add a top-level name: to the compose file or pass --project-name");
        assertThat(Fixtures.load("name/___", b -> b.projectName("rescued")).name()).isEqualTo("rescued");
    }
}
