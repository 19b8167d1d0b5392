package org.stackcanvas.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.bench.StackGenerator;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.edit.AddServiceCommand;
import org.stackcanvas.edit.Command;
import org.stackcanvas.edit.CommandStack;
import org.stackcanvas.edit.DocumentStore;
import org.stackcanvas.edit.PortCommand;
import org.stackcanvas.edit.RemoveServiceCommand;
import org.stackcanvas.edit.SetAttributeCommand;
import org.stackcanvas.edit.SetEnvironmentCommand;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;

/** Re-checking after an edit, with the caches of earlier checks, finds exactly what a fresh check finds. */
class IncrementalCheckTest {

    @Test
    void recheckAfterSingleEditsEqualsFreshCheck(@TempDir Path dir) throws Exception {
        int n = 60;
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, StackGenerator.generate(n));
        RuleRegistry registry = RuleRegistry.standard();
        Checker incremental = new Checker(registry, new SchemaValidator());
        CheckInput input = incremental.read(dir, Map.of());
        incremental.check(input, CheckConfig.defaults());
        LoadedProject project = input.project().orElseThrow();
        DocumentStore store = DocumentStore.of(project.documents().toArray(new ComposeDocument[0]));
        CommandStack stack = new CommandStack(store);
        Random random = new Random(42);
        for (int round = 0; round < 16; round++) {
            String service = "svc-" + random.nextInt(n - 1);
            Command edit = switch (round % 8) {
                case 0 -> new SetAttributeCommand("compose.yaml", service, "privileged", "true");
                case 1 -> PortCommand.add("compose.yaml", service, (10000 + random.nextInt(n)) + ":80");
                case 2 -> new SetEnvironmentCommand("compose.yaml", service, "DB_PASSWORD", "hunter2");
                case 3 -> new AddServiceCommand("compose.yaml", "extra-" + round, "redis:latest");
                case 4 -> new SetAttributeCommand("compose.yaml", service, "network_mode", "host");
                case 5 -> new RemoveServiceCommand("compose.yaml", service);
                case 6 -> new SetAttributeCommand("compose.yaml", service, "restart", "sometimes");
                default -> new SetAttributeCommand("compose.yaml", service, "image", "nginx");
            };
            try {
                stack.execute(edit);
            } catch (RuntimeException | org.stackcanvas.edit.EditException e) {
                continue;
            }
            ComposeDocument doc = store.get("compose.yaml");
            LoadedProject reloaded = new ProjectLoader().load(ProjectOptions.builder(dir).configFile(file).build(),
                    Map.of(file.toAbsolutePath().normalize(), doc));
            CheckResult again = incremental.check(CheckInput.of(reloaded), CheckConfig.defaults());
            CheckResult full = new Checker(registry, new SchemaValidator())
                    .check(CheckInput.of(reloaded), CheckConfig.defaults());
            assertEquals(describe(full.findings()), describe(again.findings()), "after edit " + round);
        }
    }

    /**
     * Edits made to the text, as a user typing would: the anchors that every service merges, lines
     * added above services (so they move), renames, top-level networks and volumes coming and going,
     * an anchor defined a second time, and the environment interpolation reads. The checker reuses a
     * service's results when its text and the anchors it draws on are unchanged; each of these must
     * still give what a fresh check gives.
     */
    @Test
    void recheckAfterTextEditsToAnchorsResourcesAndEnvironmentEqualsFreshCheck(@TempDir Path dir) throws Exception {
        int n = 40;
        Path file = dir.resolve("compose.yaml");
        String text = StackGenerator.generate(n) + "  extra:\n    image: ${EXTRA_IMAGE:-redis}\n    environment:\n"
                + "      <<: *common-env\n      API_TOKEN: ${TOKEN:-s3cr3t-value-123}\n";
        text = text.replace("\nnetworks:\n", "\n  tail:\n    <<: [*defaults]\n    image: busybox\n\nnetworks:\n");
        Files.writeString(file, text);
        RuleRegistry registry = RuleRegistry.standard();
        DocumentParser parser = new DocumentParser();
        Checker incremental = new Checker(registry, new SchemaValidator());
        incremental.check(load(dir, file, parser, text, Map.of()), CheckConfig.defaults());
        List<java.util.function.UnaryOperator<String>> edits = List.of(
                t -> t.replace("  restart: unless-stopped\n", "  restart: always\n"),
                // Same line count: every service's own text is unchanged, only what it merges.
                t -> t.replace("      max-size: 10m\n", "      max-size: 10q\n"),
                t -> t.replace("    - no-new-privileges:true\n", "    - no-new-privileges:false\n"),
                t -> t.replace("  APP_ENV: ${APP_ENV:-production}\n", "  APP_PASSWORD: plain-text-pass\n"),
                t -> t.replace("x-defaults: &defaults\n", "x-defaults: &defaults\n  privileged: true\n"),
                t -> t.replace("  TZ: UTC\n", "  TZ: UTC\n  DB_PASSWORD: hunter22-literal\n"),
                t -> "# a comment that moves every line\n" + t,
                t -> t.replace("  svc-7:\n", "  svc-7-renamed:\n"),
                t -> t.replace("  net-3: {}\n", ""),
                t -> t.replace("\nvolumes:\n", "\nvolumes:\n  data-99: {}\n").replace("data-4:/data", "data-99:/data"),
                t -> t.replace("  data-99: {}\n", ""),
                t -> t.replace("\n  svc-20:\n", "\n  early:\n    image: alpine\n    <<: *defaults\n  svc-20:\n"),
                // A second anchor of the same name: aliases after it take the new one.
                t -> t.replace("\n  svc-30:\n", "\n  redefines:\n    image: alpine\n    labels: &common-env\n"
                        + "      OTHER: value\n  svc-30:\n"),
                // Same line count: later services now merge svc-20's labels, though their text is the same.
                t -> replaceAfter(t, "  svc-20:\n", "    labels:\n", "    labels: &defaults\n"),
                t -> replaceAfter(t, "  svc-20:\n", "    labels: &defaults\n", "    labels:\n"),
                t -> t.replace("  restart: always\n", "  restart: always\n  read_only: true\n"),
                t -> t.replace("    privileged: true\n", "").replace("  privileged: true\n", ""),
                t -> t.replace("  redefines:\n    image: alpine\n    labels: &common-env\n      OTHER: value\n", ""),
                t -> t.replace("  svc-7-renamed:\n", "  svc-7:\n"));
        List<Map<String, String>> environments = List.of(Map.of(), Map.of("LOG_LEVEL", "debug"),
                Map.of("LOG_LEVEL", "debug", "EXTRA_IMAGE", "redis:latest"), Map.of("APP_ENV", "dev", "TOKEN", ""));
        Random random = new Random(7);
        for (int round = 0; round < edits.size() * 2; round++) {
            Map<String, String> environment = environments.get(random.nextInt(environments.size()));
            if (round < edits.size()) {
                String edited = edits.get(round).apply(text);
                assertNotEquals(text, edited, "edit " + round + " changes the text");
                text = edited;
            }
            CheckInput input = load(dir, file, parser, text, environment);
            CheckResult again = incremental.check(input, CheckConfig.defaults());
            CheckResult full = new Checker(registry, new SchemaValidator()).check(input, CheckConfig.defaults());
            assertEquals(describe(full.findings()), describe(again.findings()),
                    "after edit " + round + " with " + environment);
        }
    }

    private static String replaceAfter(String text, String after, String old, String replacement) {
        int at = text.indexOf(old, text.indexOf(after));
        return text.substring(0, at) + replacement + text.substring(at + old.length());
    }

    private static CheckInput load(Path dir, Path file, DocumentParser parser, String text,
            Map<String, String> environment) throws Exception {
        ComposeDocument doc = parser.parse("compose.yaml", file, text.getBytes(StandardCharsets.UTF_8));
        LoadedProject project = new ProjectLoader().load(ProjectOptions.builder(dir).configFile(file)
                .environment(environment).build(), Map.of(file.toAbsolutePath().normalize(), doc));
        return CheckInput.of(project);
    }

    private static String describe(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        findings.forEach(f -> out.append(f.describe()).append(' ').append(f.modelPath()).append(' ')
                .append(f.fix().map(QuickFix::description).orElse("")).append('\n'));
        return out.toString();
    }
}
