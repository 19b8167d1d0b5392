package org.stackcanvas.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YMap;

/**
 * One fixture folder per merge rule: {@code compose.yaml} with {@code compose.override.yaml} over
 * it must give the model in {@code expected.yaml} (compared without locations, mapping order free).
 */
class MergeRulesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mapping", "sequence", "shell-commands", "environment", "labels", "extra-hosts",
            "ulimits", "networks", "depends-on", "ports", "volumes", "secrets-configs", "logging",
            "unique-lists", "build", "reset", "override-tag", "null-keeps-earlier"})
    void overrideFileMergesAsCompose(String rule) throws Exception {
        // Every profile enabled, so a service whose merged profiles are under test stays visible.
        LoadedProject project = Fixtures.load("merge/" + rule, b -> b.profile("*"));
        Path expected = Fixtures.dir("merge/" + rule).resolve("expected.yaml");
        assertThat(project.composeFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("compose.yaml", "compose.override.yaml");
        assertThat(Fixtures.plain(project.model().without("name"))).isEqualTo(Fixtures.plainFile(expected));
    }

    @Test
    void mergedValuesSayWhichFileWroteThem() throws Exception {
        LoadedProject project = Fixtures.load("merge/mapping");
        YMap web = Fixtures.service(project, "web");
        assertThat(web.get("image").location().toString()).isEqualTo("compose.override.yaml:3:12");
        assertThat(web.keyLocation("image").file()).isEqualTo("compose.override.yaml");
        assertThat(web.get("restart").location().toString()).isEqualTo("compose.yaml:4:14");
        YMap limits = web.map("deploy").flatMap(d -> d.map("resources")).flatMap(r -> r.map("limits")).orElseThrow();
        assertThat(limits.get("cpus").location().file()).isEqualTo("compose.yaml");
        assertThat(limits.get("memory").location().file()).isEqualTo("compose.override.yaml");
        assertThat(Fixtures.service(project, "worker").location().file()).isEqualTo("compose.override.yaml");
    }

    @Test
    void listItemTurnedIntoMappingKeepsItsLocation() throws Exception {
        YMap env = Fixtures.service(Fixtures.load("merge/environment"), "web").map("environment").orElseThrow();
        assertThat(env.keyLocation("TZ").toString()).isEqualTo("compose.yaml:5:9");
        assertThat(env.get("PORT").location().file()).isEqualTo("compose.override.yaml");
    }

    @Test
    void mappingOverriddenByScalarIsALocatedError() {
        assertThatThrownBy(() -> Fixtures.load("type-mismatch"))
                .isInstanceOf(DocumentException.class)
                .satisfies(e -> {
                    DocumentException d = (DocumentException) e;
                    assertThat(d.location().toString()).isEqualTo("compose.override.yaml:4:18");
                    assertThat(d.getMessage()).contains("services.web.deploy.placement")
                            .contains("a mapping in compose.yaml").contains("!override");
                });
    }

    @Test
    void resetInTheOnlyFileRemovesTheValue() throws Exception {
        ModelMerger merger = ModelMerger.compose();
        YMap file = (YMap) new org.stackcanvas.document.DocumentParser().parseText("compose.yaml", """
                services:
                  web:
                    image: web
                    ports: !reset ["80:80"]
                """).tree();
        YMap model = ModelMerger.finish(merger.mergeFiles(YMap.empty(file.location()), file));
        assertThat(Fixtures.plain(model)).isEqualTo(java.util.Map.of("services",
                java.util.Map.of("web", java.util.Map.of("image", "web"))));
    }

    @Test
    void ruleTableMatchesPathsWithWildcards() {
        MergeRules rules = MergeRules.compose();
        assertThat(rules.find(TreePath.of("services", "web", "command"))).contains(MergeRules.REPLACE);
        assertThat(rules.find(TreePath.of("services", "web", "healthcheck", "test"))).contains(MergeRules.REPLACE);
        assertThat(rules.find(TreePath.of("services", "web", "environment"))).contains(MergeRules.KEY_VALUE);
        assertThat(rules.find(TreePath.of("services", "web", "ulimits", "nofile"))).contains(MergeRules.REPLACE);
        assertThat(rules.find(TreePath.of("services", "web", "image"))).isEmpty();
        assertThat(rules.find(TreePath.of("x-services", "web", "command"))).isEmpty();
    }
}
