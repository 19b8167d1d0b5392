package org.stackcanvas.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YMap;

class ExtendsTest {

    @Test
    void sameFileMergesTheBaseUnderTheService() throws Exception {
        LoadedProject project = Fixtures.load("extends/same-file");
        YMap cli = Fixtures.service(project, "cli");
        assertThat(Fixtures.plain(cli)).isEqualTo(Map.of(
                "image", "busybox",
                "environment", Map.of("TZ", "utc", "PORT", "8080"),
                "volumes", List.of("cli-volume:/var/lib/backup/data:ro")));
        assertThat(cli.get("image").location().toString()).isEqualTo("compose.yaml:3:12");
        assertThat(Fixtures.service(project, "short").has("extends")).isFalse();
        assertThat(Fixtures.service(project, "short").text("image")).contains("busybox");
    }

    @Test
    void otherFileBaseKeepsItsRelativePathsPointingIntoItsFolder() throws Exception {
        LoadedProject project = Fixtures.load("extends/other-file");
        YMap web = Fixtures.service(project, "web");
        assertThat(Fixtures.plain(web)).isEqualTo(Map.of(
                "build", "./common",
                "env_file", "./common/base.env",
                "volumes", List.of("./common/data:/data", "named:/named",
                        Map.of("type", "bind", "source", "./shared", "target", "/shared")),
                "environment", Map.of("MODE", "production", "LOG", "info")));
        assertThat(web.get("build").location().file()).isEqualTo("common/base.yml");
        assertThat(project.documents()).extracting(d -> d.name())
                .containsExactly("compose.yaml", "common/base.yml");
    }

    @Test
    void nestedExtendsAcrossFilesResolvesEachRelativeToItsOwnFile() throws Exception {
        YMap cli = Fixtures.service(Fixtures.load("extends/nested"), "cli");
        assertThat(Fixtures.plain(cli)).isEqualTo(Map.of(
                "image", "busybox",
                "user", "app",
                "working_dir", "/srv",
                "build", Map.of("context", "./deeper/ctx")));
        assertThat(cli.get("working_dir").location().file()).isEqualTo("deeper/level2.yml");
    }

    @Test
    void cycleIsReportedWithTheWholeChainInOrder() {
        assertThatThrownBy(() -> Fixtures.load("extends/cycle"))
                .isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).describe()).isEqualTo(
                        "compose.yaml:9:5: extends cycle: a (compose.yaml) extends b (compose.yaml) "
                                + "extends c (compose.yaml) extends a (compose.yaml); a service cannot extend "
                                + "itself, remove one of these extends"));
    }

    @Test
    void missingBaseServiceIsReportedAtTheReference() {
        assertThatThrownBy(() -> Fixtures.load("extends/missing-service"))
                .isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).describe()).isEqualTo(
                        "compose.yaml:6:16: cannot extend service 'cli': there is no service 'base' in this file; "
                                + "check the name (services there: web, cli)"));
    }

    @Test
    void missingExtendsFileIsReportedAtTheFileReference() {
        assertThatThrownBy(() -> Fixtures.load("extends/missing-file"))
                .isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).describe()).isEqualTo(
                        "compose.yaml:4:13: the extends file nowhere.yml not found; check the path"));
    }

    @Test
    void resetAndOverrideInTheExtendingServiceApplyToBaseAndEarlierFiles() throws Exception {
        LoadedProject project = Fixtures.load("extends/reset");
        assertThat(Fixtures.plain(Fixtures.service(project, "app")))
                .isEqualTo(Map.of("image", "base", "environment", Map.of("B", "2")));
        assertThat(Fixtures.plain(Fixtures.service(project, "base")))
                .isEqualTo(Map.of("image", "base", "ports", List.of("80:80"), "environment", Map.of("A", "1")));
    }
}
