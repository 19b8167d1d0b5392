package org.stackcanvas.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stackcanvas.check.CheckResult;
import org.stackcanvas.check.Checker;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.RuleRegistry;
import org.stackcanvas.check.SchemaValidator;
import org.stackcanvas.check.Severity;
import org.stackcanvas.check.report.Reports;

/** {@code lint}: checks compose projects and files; for CI, with SARIF output for code scanning. */
final class LintCli implements CliCommand {

    private final Map<String, String> environment;
    private final Path workingDirectory;

    LintCli(Map<String, String> environment, Path workingDirectory) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public String name() {
        return "lint";
    }

    @Override
    public String summary() {
        return "check compose files: syntax, schema, references, security and best practices";
    }

    @Override
    public String help() {
        return """
                Usage: stackcanvas lint [FILE|FOLDER ...] [--format text|json|sarif] [--min-severity S]

                Checks each compose file, or the project in each folder (compose.yaml and its override,
                with .env), as docker compose would load it: YAML syntax, the Compose Specification
                schema, references, conflicts, security, reliability and image rules, and the
                Dockerfiles of services with build:. With no argument, the current folder.

                Rules are listed by 'stackcanvas rules'. A .stackcanvas.yaml in the project folder
                turns rules off or changes their severity:
                    rules:
                      no-privileged: off
                      no-healthcheck: warning
                A comment '# stackcanvas-ignore RULE-ID' on a line, or on a service's key line,
                silences that rule there.

                Options:
                  --format text|json|sarif   text (file:line:col: severity: message [rule]) is the default;
                                             sarif is SARIF 2.1.0 for GitHub code scanning
                  --min-severity error|warning|info   leave out less severe findings (default info)

                Exit status: 0 when no finding is an error, 1 when one is, 2 on wrong usage.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        ArgReader reader = new ArgReader("lint", args);
        String format = "text";
        Severity min = Severity.INFO;
        List<Path> targets = new ArrayList<>();
        while (reader.hasNext()) {
            String a = reader.take();
            switch (a) {
                case "--format" -> format = reader.value(a);
                case "--min-severity" -> {
                    String v = reader.value(a);
                    min = Severity.parse(v).orElseThrow(() -> new UsageException(
                            "lint: --min-severity is error, warning or info, not '" + v + "'"));
                }
                default -> {
                    if (a.startsWith("--format=")) {
                        format = a.substring("--format=".length());
                    } else if (a.startsWith("-")) {
                        throw reader.unknown(a);
                    } else {
                        targets.add(workingDirectory.resolve(a));
                    }
                }
            }
        }
        if (!List.of("text", "json", "sarif").contains(format)) {
            throw new UsageException("lint: --format is text, json or sarif, not '" + format + "'");
        }
        if (targets.isEmpty()) {
            targets.add(workingDirectory);
        }
        for (Path t : targets) {
            if (!Files.exists(t)) {
                throw new UsageException("lint: " + t + " does not exist");
            }
        }
        RuleRegistry registry = RuleRegistry.standard();
        Checker checker = new Checker(registry, new SchemaValidator());
        List<Finding> all = new ArrayList<>();
        Path base = workingDirectory.toAbsolutePath().normalize();
        List<Finding> forSarif = new ArrayList<>();
        for (Path target : targets) {
            CheckResult result = checker.lint(target, environment);
            Path project = (Files.isDirectory(target) ? target : target.toAbsolutePath().getParent())
                    .toAbsolutePath().normalize();
            for (Finding f : result.findings()) {
                if (f.severity().atLeast(min)) {
                    all.add(f);
                    // Names are relative to the project folder; SARIF wants them relative to where lint runs.
                    String rel = f.location().file().isEmpty() || f.location().file().startsWith("/")
                            ? f.location().file()
                            : base.relativize(project.resolve(f.location().file()).normalize()).toString()
                                    .replace('\\', '/');
                    forSarif.add(f.withLocation(new org.stackcanvas.document.SourceLocation(rel,
                            f.location().line(), f.location().column())));
                }
            }
        }
        switch (format) {
            case "json" -> out.print(Reports.json(forSarif));
            case "sarif" -> out.print(Reports.sarif(forSarif, registry, "0.1.0", null));
            default -> out.print(Reports.text(forSarif));
        }
        out.flush();
        return all.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? Cli.INPUT_PROBLEM : Cli.OK;
    }
}
