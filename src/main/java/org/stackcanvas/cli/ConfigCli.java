package org.stackcanvas.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.export.JsonText;
import org.stackcanvas.export.YamlText;
import org.stackcanvas.model.CanonicalForm;
import org.stackcanvas.model.ModelResult;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectOptions;

/** {@code config}: the effective project, as {@code docker compose config} prints it. */
final class ConfigCli implements CliCommand {

    private final Map<String, String> processEnvironment;
    private final Path workingDirectory;

    ConfigCli(Map<String, String> processEnvironment, Path workingDirectory) {
        this.processEnvironment = processEnvironment;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public String name() {
        return "config";
    }

    @Override
    public String summary() {
        return "print the effective project after merging, extends, include, profiles and interpolation";
    }

    @Override
    public String help() {
        return """
                Usage: stackcanvas config [-f FILE ...] [--project-directory DIR] [--env-file F ...]
                                          [--profile P ...] [-p NAME] [--format yaml|json]

                Loads the project as Compose does: finds compose.yaml (and its override file) in
                the current folder or its parents unless -f is given, reads .env from the project
                folder (or the --env-file files), lets the process environment override it,
                interpolates ${VAR} references, resolves extends and include, merges the files in
                order, and keeps only the services whose profiles are active. Prints the result in
                Compose's canonical long syntax. Warnings (unset variables, ...) go to standard error.

                Exit status: 0 on success, 1 when the project cannot be loaded, 2 on wrong usage.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, DocumentException {
        ArgReader reader = new ArgReader("config", args);
        ProjectOptions.Builder options = ProjectOptions.builder(workingDirectory).environment(processEnvironment);
        String format = "yaml";
        while (reader.hasNext()) {
            String option = reader.take();
            switch (option) {
                case "-f", "--file" -> options.configFile(workingDirectory.resolve(reader.value(option)));
                case "--project-directory" -> options.projectDirectory(workingDirectory.resolve(reader.value(option)));
                case "--env-file" -> options.envFile(workingDirectory.resolve(reader.value(option)));
                case "--profile" -> options.profile(reader.value(option));
                case "-p", "--project-name" -> options.projectName(reader.value(option));
                case "--format" -> format = reader.value(option);
                default -> throw option.startsWith("-") ? reader.unknown(option)
                        : new UsageException("config: unexpected argument '" + option + "'; use -f FILE");
            }
        }
        if (!format.equals("yaml") && !format.equals("json")) {
            throw new UsageException("config: --format is yaml or json, not '" + format + "'");
        }
        LoadedModel loaded = LoadedModel.load(options.build(), err);
        LoadedProject project = loaded.project();
        ModelResult result = loaded.result();
        Map<String, Object> canonical = new LinkedHashMap<>();
        canonical.put("name", project.name());
        CanonicalForm.of(result.model()).forEach((key, value) -> {
            if (!key.equals("name")) {
                canonical.put(key, value);
            }
        });
        Map<String, Object> resolved = ConfigPaths.resolve(canonical, project.directory());
        out.print(format.equals("json") ? JsonText.write(resolved) : YamlText.write(resolved));
        out.flush();
        return result.problems().isEmpty() ? Cli.OK : Cli.INPUT_PROBLEM;
    }
}
