package org.stackcanvas.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CheckerTest {

    private static final SchemaValidator SCHEMA = new SchemaValidator();
    private final Checker checker = new Checker(RuleRegistry.standard(), SCHEMA);

    private List<Finding> errors(Path dir) {
        return checker.lint(dir, Map.of()).findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    @Test
    void anEmptyFileIsAnError() {
        List<Finding> errors = errors(RuleHarness.project("# nothing yet\n"));
        assertEquals(1, errors.stream().filter(f -> f.ruleId().equals("empty-file")).count(), errors.toString());
        assertEquals("compose.yaml:1:1", errors.get(0).location().toString());
    }

    @Test
    void aSyntaxErrorIsReportedWhereItIs() {
        List<Finding> errors = errors(RuleHarness.project("services:\n  web:\n    image: [nginx\n"));
        assertEquals("yaml-syntax", errors.get(0).ruleId());
        assertTrue(errors.get(0).location().line() >= 3, errors.toString());
    }

    @Test
    void aDependencyCycleIsOneStableErrorAtTheFirstDependency() {
        String yaml = "services:\n  b:\n    image: x:1\n    depends_on: [a]\n  a:\n    image: x:1\n    depends_on: [b]\n";
        List<Finding> cycle = errors(RuleHarness.project(yaml)).stream()
                .filter(f -> f.ruleId().equals("dependency-cycle")).toList();
        assertEquals(1, cycle.size(), cycle.toString());
        assertEquals("dependency cycle: a -> b -> a", cycle.get(0).message());
        assertEquals(7, cycle.get(0).location().line());
    }

    @Test
    void aSelfDependencyIsAnErrorOnItsLine() {
        String yaml = "services:\n  web:\n    image: x:1\n    depends_on:\n      - web\n";
        List<Finding> self = errors(RuleHarness.project(yaml)).stream()
                .filter(f -> f.ruleId().equals("self-dependency")).toList();
        assertEquals(1, self.size());
        assertEquals(5, self.get(0).location().line());
    }

    @Test
    void aRancherFileReportsEachForeignKeyOnItsLine() {
        String yaml = "version: '2'\nservices:\n  web:\n    image: nginx:1.27\n    scale: 2\n"
                + "    health_check:\n      port: 80\n    start_on_create: true\n"
                + "  lb:\n    image: rancher/lb-service-haproxy:v0.9.1\n    lb_config:\n      port_rules: []\n";
        List<Finding> schema = errors(RuleHarness.project(yaml)).stream()
                .filter(f -> f.ruleId().equals("compose-schema")).toList();
        assertEquals(List.of(6, 8, 11), schema.stream().map(f -> f.location().line()).toList(), schema.toString());
        assertTrue(schema.get(0).message().contains("'health_check'"), schema.get(0).message());
    }

    @Test
    void schemaTypeErrorsPointAtTheValue() {
        List<Finding> schema = errors(RuleHarness.project("services:\n  web:\n    image: x:1\n    ports: 80\n"))
                .stream().filter(f -> f.ruleId().equals("compose-schema")).toList();
        assertEquals(1, schema.size(), schema.toString());
        assertEquals("compose.yaml:4:12", schema.get(0).location().toString());
    }

    @Test
    void aConfigFileTurnsRulesOffAndChangesSeverity() throws Exception {
        Path dir = RuleHarness.project("services:\n  web:\n    image: nginx:1.27\n    privileged: true\n");
        assertTrue(checker.lint(dir, Map.of()).findings().stream().anyMatch(f -> f.ruleId().equals("no-healthcheck")));
        Files.writeString(dir.resolve(".stackcanvas.yaml"), "rules:\n  no-healthcheck: off\n  no-privileged: error\n");
        CheckResult result = new Checker(RuleRegistry.standard(), SCHEMA).lint(dir, Map.of());
        assertTrue(result.of("no-healthcheck").isEmpty());
        assertEquals(Severity.ERROR, result.of("no-privileged").get(0).severity());
        assertTrue(result.hasErrors());
    }

    @Test
    void commentsSuppressOnTheLineAndOnTheServiceKey() {
        String yaml = "services:\n  web:\n    image: nginx:1.27\n    privileged: true # stackcanvas-ignore no-privileged\n"
                + "  db:  # stackcanvas-ignore no-healthcheck, no-user\n    image: postgres:16\n";
        CheckResult result = checker.lint(RuleHarness.project(yaml), Map.of());
        assertTrue(result.of("no-privileged").isEmpty());
        assertEquals(List.of("web"), result.of("no-healthcheck").stream().map(f -> f.modelPath().get(1)).toList());
        assertEquals(List.of("web"), result.of("no-user").stream().map(f -> f.modelPath().get(1)).toList());
    }

    @Test
    void afterAnEditOnlyTheEditedServiceIsCheckedAgain() throws Exception {
        StringBuilder yaml = new StringBuilder("services:\n");
        for (int i = 0; i < 20; i++) {
            yaml.append("  s").append(i).append(":\n    image: nginx:1.27\n");
        }
        Path dir = RuleHarness.project(yaml.toString());
        Checker incremental = new Checker(RuleRegistry.standard(), SCHEMA);
        CheckResult first = incremental.lint(dir, Map.of());
        assertEquals(20, first.servicesChecked());
        // A new line in s0 moves every later service down one line.
        Files.writeString(dir.resolve("compose.yaml"), yaml.toString().replaceFirst("image: nginx:1.27",
                "image: nginx:1.27\n    privileged: true"));
        CheckResult second = incremental.lint(dir, Map.of());
        assertEquals(1, second.servicesChecked());
        assertEquals(19, second.servicesReused());
        CheckResult fresh = new Checker(RuleRegistry.standard(), SCHEMA).lint(dir, Map.of());
        assertEquals(fresh.findings().stream().map(Finding::describe).toList(),
                second.findings().stream().map(Finding::describe).toList());
    }

    @Test
    void atLeastSixtyRulesTwentyWithFixesEachDescribed() {
        List<Rule> rules = RuleRegistry.standard().rules();
        assertTrue(rules.size() >= 60, "rules: " + rules.size());
        for (Rule r : rules) {
            assertTrue(r.why().contains("https://"), r.id());
            assertTrue(r.id().matches("[a-z0-9-]+"), r.id());
        }
    }

    @Test
    void everyCorpusProjectLintsWithoutCrashingOrErrors() throws Exception {
        Path corpus = Path.of(System.getProperty("stackcanvas.corpus", "../shared/corpus/awesome-compose"));
        if (Files.isDirectory(corpus.resolve("awesome-compose"))) {
            corpus = corpus.resolve("awesome-compose");
        }
        if (!Files.isDirectory(corpus)) {
            corpus = Path.of("/work/shared/corpus/awesome-compose");
        }
        List<Path> projects;
        try (Stream<Path> s = Files.list(corpus)) {
            projects = s.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(projects.isEmpty());
        for (Path p : projects) {
            CheckResult result = checker.lint(p, Map.of());
            assertFalse(result.findings().isEmpty(), p.toString());
            assertEquals(List.of(), result.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                    .map(Finding::describe).toList(), p.toString());
        }
    }
}
