package org.stackcanvas.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One benchmark run: generates the stacks, takes every figure it can (in this JVM, as whole
 * processes against the peers, and the editor's in a child JVM) and says why for each it cannot.
 */
public final class Benchmark {

    private final BenchOptions options;
    private final Map<String, String> environment;
    private final PrintStream progress;

    public Benchmark(BenchOptions options, Map<String, String> environment, PrintStream progress) {
        this.options = Objects.requireNonNull(options, "options");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public List<Figure> run() throws Exception {
        List<Figure> figures = new ArrayList<>();
        InProcessFigures inProcess = new InProcessFigures(options);
        int editSize = options.editSize();
        Path editFile = null;
        for (int services : options.sizes()) {
            Path file = write(services);
            if (services == editSize) {
                editFile = file;
            }
            progress.println("bench: " + services + " services: open and lint");
            figures.addAll(inProcess.forSize(services, file));
        }
        Objects.requireNonNull(editFile, "editFile");
        progress.println("bench: " + editSize + " services: edit, re-check and save");
        figures.addAll(inProcess.afterEdit(editSize, editFile));
        if (options.processes()) {
            progress.println("bench: " + editSize + " services: whole processes side by side");
            ProcessFigures processes = new ProcessFigures(options, new Executables(environment));
            Samples lint = inProcess.lint(editFile, options.repetitionsFor(editSize));
            figures.addAll(processes.sameFile(editSize, editFile, lint));
            progress.println("bench: corpus");
            figures.addAll(processes.corpus());
        } else {
            figures.add(Figure.skipped("whole-process figures", "left out (--no-processes)"));
        }
        if (options.ui()) {
            progress.println("bench: " + editSize + " services: the editor in a child JVM");
            try {
                figures.addAll(new UiFigures(options, environment).measure(editSize, editFile));
            } catch (IOException e) {
                figures.add(Figure.skipped("UI figures", e.getMessage()));
            }
        } else {
            figures.add(Figure.skipped("UI figures", "left out (--no-ui)"));
        }
        return figures;
    }

    private Path write(int services) throws IOException {
        Path dir = options.workDirectory().resolve("stack-" + services);
        Files.createDirectories(dir);
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, StackGenerator.generate(services));
        return file;
    }
}
