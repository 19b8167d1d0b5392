package org.stackcanvas.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.edit.CommandStack;
import org.stackcanvas.edit.DocumentStore;
import org.stackcanvas.edit.SetAttributeCommand;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;

/**
 * Prints how long linting a generated 1000-service project takes, cold and warm, and how long a
 * re-check takes after one edit. Run by hand: figures, not assertions.
 */
public final class CheckBenchmark {

    public static void main(String[] args) throws Exception {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        StringBuilder yaml = new StringBuilder("services:\n");
        for (int i = 0; i < services; i++) {
            yaml.append("  s").append(i).append(":\n    image: nginx:1.27\n    restart: unless-stopped\n")
                    .append("    ports:\n      - \"").append(10000 + i).append(":80\"\n")
                    .append("    environment:\n      MODE: prod\n    networks: [front]\n")
                    .append(i == 0 ? "" : "    depends_on: [s" + (i - 1) + "]\n");
        }
        yaml.append("networks:\n  front: {}\n");
        Path dir = Files.createTempDirectory("stackcanvas-bench");
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, yaml.toString());
        Checker checker = new Checker(RuleRegistry.standard(), new SchemaValidator());
        long t0 = System.nanoTime();
        CheckResult cold = checker.lint(dir, Map.of());
        System.out.printf("services: %d, findings: %d%n", services, cold.findings().size());
        cold.findings().stream().filter(f -> f.severity() == Severity.ERROR).limit(3).forEach(f -> System.out.println("  " + f.describe()));
        System.out.printf("cold lint (read + load + check): %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        for (int i = 0; i < 5; i++) {
            new Checker(checker.registry(), new SchemaValidator()).lint(dir, Map.of());
        }
        Checker fresh = new Checker(checker.registry(), new SchemaValidator());
        long t1 = System.nanoTime();
        CheckInput input = fresh.read(dir, Map.of());
        long t2 = System.nanoTime();
        CheckResult warm = fresh.check(input, CheckConfig.defaults());
        long t3 = System.nanoTime();
        System.out.printf("warm full lint: read+load %d ms, check %d ms (all %d services checked)%n",
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, warm.servicesChecked());

        // One edit through the editor's path: a command on the open document, reload, re-check.
        LoadedProject project = input.project().orElseThrow();
        DocumentStore store = DocumentStore.of(project.documents().toArray(new ComposeDocument[0]));
        CommandStack stack = new CommandStack(store);
        for (int round = 0; round < 5; round++) {
            long e0 = System.nanoTime();
            stack.execute(new SetAttributeCommand("compose.yaml", "s500", "privileged", round % 2 == 0 ? "true" : "false"));
            long e1 = System.nanoTime();
            ComposeDocument doc = store.get("compose.yaml");
            LoadedProject reloaded = new ProjectLoader().load(ProjectOptions.builder(dir).configFile(file).build(),
                    Map.of(file.toAbsolutePath().normalize(), doc));
            long e2 = System.nanoTime();
            CheckResult again = fresh.check(CheckInput.of(reloaded), CheckConfig.defaults());
            long e3 = System.nanoTime();
            System.out.printf("edit %d: command %.1f ms, reload %.1f ms, re-check %.1f ms (%d services checked, %d reused, "
                    + "%d findings)%n", round, (e1 - e0) / 1e6, (e2 - e1) / 1e6, (e3 - e2) / 1e6, again.servicesChecked(),
                    again.servicesReused(), again.findings().size());
        }
        new DocumentParser();
    }
}
