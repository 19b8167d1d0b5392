package org.stackcanvas.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YMap;

class IncludeTest {

    @Test
    void shortSyntaxAddsTheIncludedProjectWithItsOwnDotEnvAndPaths() throws Exception {
        LoadedProject project = Fixtures.load("include/short");
        assertThat(project.services().keys()).containsExactly("web", "db");
        YMap db = Fixtures.service(project, "db");
        // The included folder's .env gives PG_VERSION; the including project's DB_NAME wins over it.
        assertThat(db.text("image")).contains("postgres:16");
        assertThat(db.map("environment").orElseThrow().text("POSTGRES_DB")).contains("from-parent-env");
        assertThat(Fixtures.plain(db.get("volumes"))).isEqualTo(List.of(
                "./db/init.sql:/docker-entrypoint-initdb.d/init.sql", "db-data:/var/lib/postgresql/data"));
        assertThat(db.get("image").location().toString()).isEqualTo("db/compose.yaml:3:12");
        assertThat(project.model().map("volumes").orElseThrow().has("db-data")).isTrue();
        assertThat(project.model().has("include")).isFalse();
        assertThat(project.documents()).extracting(d -> d.name()).containsExactly("compose.yaml", "db/compose.yaml");
    }

    @Test
    void longSyntaxMergesSeveralFilesWithProjectDirectoryAndEnvFile() throws Exception {
        LoadedProject project = Fixtures.load("include/long");
        YMap cache = Fixtures.service(project, "cache");
        assertThat(Fixtures.plain(cache)).isEqualTo(Map.of(
                "image", "redis:7",
                "build", "./modules/redis",
                "secrets", List.of("cache_pw"),
                "command", List.of("redis-server", "--save", "")));
        assertThat(Fixtures.plain(project.model().get("secrets")))
                .isEqualTo(Map.of("cache_pw", Map.of("file", "./modules/cache_pw.txt")));
        assertThat(project.documents()).extracting(d -> d.name()).containsExactly(
                "compose.yaml", "modules/cache.yaml", "modules/cache.override.yaml");
    }

    @Test
    void resourceDefinedLocallyAndInIncludedFileIsAnErrorNamingBoth() {
        assertThatThrownBy(() -> Fixtures.load("include/conflict"))
                .isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).describe()).isEqualTo(
                        "compose.yaml:4:3: service 'db' is defined both here and in the included file other.yaml "
                                + "(line 2); rename one of them, or change the included one from an override file"));
    }

    @Test
    void missingIncludedFileIsReportedAtTheEntry() {
        assertThatThrownBy(() -> Fixtures.load("include/missing"))
                .isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).describe()).isEqualTo(
                        "compose.yaml:2:11: included file does-not-exist.yaml not found; "
                                + "check the path or remove the include"));
    }

    @Test
    void includeCycleIsReported() {
        assertThatThrownBy(() -> Fixtures.load("include/cycle"))
                .isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).describe()).isEqualTo(
                        "b/b.yaml:2:5: include cycle: a.yaml includes b/b.yaml includes a.yaml; "
                                + "remove one of these includes"));
    }

    @Test
    void overrideFileMayChangeAnIncludedService() throws Exception {
        YMap lib = Fixtures.service(Fixtures.load("include/overridden"), "lib");
        assertThat(Fixtures.plain(lib.get("environment"))).isEqualTo(Map.of("BASE", "1", "EXTRA", "1"));
    }
}
