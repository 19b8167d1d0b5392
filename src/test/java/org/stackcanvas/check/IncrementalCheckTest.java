package org.stackcanvas.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.bench.StackGenerator;
import org.stackcanvas.document.ComposeDocument;
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

    private static String describe(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        findings.forEach(f -> out.append(f.describe()).append(' ').append(f.modelPath()).append(' ')
                .append(f.fix().map(QuickFix::description).orElse("")).append('\n'));
        return out.toString();
    }
}
