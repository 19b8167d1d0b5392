package org.stackcanvas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whole processes timed side by side: ours ({@code config}, {@code lint}) against Compose v1's
 * {@code docker-compose config} and dclint, interleaved round by round so machine load hits all alike.
 */
final class ProcessFigures {

    private static final String MAIN = "org.stackcanvas.Main";

    private final BenchOptions options;
    private final Executables executables;

    ProcessFigures(BenchOptions options, Executables executables) {
        this.options = options;
        this.executables = executables;
    }

    /** Our config and lint against docker-compose and dclint on the same generated file. */
    List<Figure> sameFile(int services, Path file, Samples inProcessLint) throws Exception {
        List<Figure> figures = new ArrayList<>();
        String size = " " + services;
        if (!Executables.runningFromJar()) {
            figures.add(Figure.skipped("whole-process figures" + size,
                    "not started from stackcanvas.jar (run 'java -jar target/stackcanvas.jar bench')"));
            return figures;
        }
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("config", ours("config", "-f", file.toString()));
        commands.put("lint", ours("lint", file.toString()));
        Optional<Path> compose = executables.onPath("docker-compose");
        compose.ifPresent(c -> commands.put("docker-compose", List.of(c.toString(), "-f", file.toString(), "config", "-q")));
        Optional<Path> dclint = dclint();
        dclint.ifPresent(d -> commands.put("dclint", List.of(d.toString(), file.toString())));
        Map<String, Samples> times = interleaved(commands, file.getParent(), options.repetitionsFor(services));
        if (compose.isPresent()) {
            Samples peer = times.get("docker-compose");
            figures.add(Figure.against("open+lint" + size + " (in-process, warm)", inProcessLint,
                    "docker-compose config -q (v1)", peer, Target.fasterBy(10)));
            figures.add(Figure.against("stackcanvas lint" + size + " (process)", times.get("lint"),
                    "docker-compose config -q (v1)", peer, Target.fasterBy(1)));
            figures.add(Figure.against("stackcanvas config" + size + " (process)", times.get("config"),
                    "docker-compose config -q (v1)", peer, Target.fasterBy(1)));
        } else {
            figures.add(Figure.of("stackcanvas lint" + size + " (process)", times.get("lint"), null));
            figures.add(Figure.of("stackcanvas config" + size + " (process)", times.get("config"), null));
            figures.add(Figure.skipped("docker-compose config" + size,
                    "docker-compose (Compose v1) is not on the PATH; on Debian: apt-get install docker-compose"));
        }
        if (dclint.isPresent()) {
            figures.add(Figure.against("stackcanvas lint" + size + " (process)", times.get("lint"),
                    "dclint", times.get("dclint"), Target.fasterBy(1)));
        } else {
            figures.add(Figure.skipped("dclint" + size, noDclint()));
        }
        return figures;
    }

    /** Every compose project of the corpus linted in one process, against dclint's recursive mode. */
    List<Figure> corpus() throws Exception {
        if (options.corpus() == null || !Files.isDirectory(options.corpus())) {
            return List.of(Figure.skipped("corpus lint", options.corpus() == null
                    ? "no corpus given (--corpus DIR, e.g. ../shared/corpus/awesome-compose)"
                    : options.corpus() + " is not a folder"));
        }
        if (!Executables.runningFromJar()) {
            return List.of(Figure.skipped("corpus lint", "not started from stackcanvas.jar"));
        }
        List<String> lint = new ArrayList<>(ours("lint"));
        List<Path> projects = composeProjects(options.corpus());
        projects.forEach(p -> lint.add(p.toString()));
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("lint", lint);
        Optional<Path> dclint = dclint();
        dclint.ifPresent(d -> commands.put("dclint", List.of(d.toString(), "-r", options.corpus().toString())));
        Map<String, Samples> times = interleaved(commands, options.corpus(), options.repetitions());
        String name = "lint corpus (" + projects.size() + " projects, one process)";
        if (dclint.isEmpty()) {
            return List.of(Figure.of(name, times.get("lint"), null), Figure.skipped("dclint corpus", noDclint()));
        }
        return List.of(Figure.against(name, times.get("lint"), "dclint -r", times.get("dclint"), Target.fasterBy(1)));
    }

    private Optional<Path> dclint() {
        if (options.dclint() != null) {
            return Files.isExecutable(options.dclint()) ? Optional.of(options.dclint()) : Optional.empty();
        }
        return executables.onPath("dclint");
    }

    private String noDclint() {
        return options.dclint() != null ? options.dclint() + " is not an executable"
                : "dclint is not on the PATH; src/bench/compare.sh installs it (npm install dclint) and passes --dclint";
    }

    private static List<String> ours(String... args) {
        List<String> command = new ArrayList<>(Executables.javaWithClassPath());
        command.add(MAIN);
        command.addAll(List.of(args));
        return command;
    }

    static List<Path> composeProjects(Path corpus) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(p -> p.getFileName().toString().matches("(docker-)?compose\\.ya?ml"))
                    .map(Path::getParent).distinct().sorted().toList();
        }
    }

    /** One warm-up round, then rounds in which each command runs once, in the same order. */
    private Map<String, Samples> interleaved(Map<String, List<String>> commands, Path dir, int reps)
            throws IOException, InterruptedException {
        Map<String, long[]> nanos = new LinkedHashMap<>();
        commands.keySet().forEach(k -> nanos.put(k, new long[reps]));
        for (int round = -1; round < reps; round++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                long start = System.nanoTime();
                Process process = new ProcessBuilder(command.getValue()).directory(dir.toFile())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                int exit = process.waitFor();
                long took = System.nanoTime() - start;
                if (exit > 1) {
                    throw new IOException(String.join(" ", command.getValue()) + " failed with exit status " + exit);
                }
                if (round >= 0) {
                    nanos.get(command.getKey())[round] = took;
                }
            }
        }
        Map<String, Samples> samples = new LinkedHashMap<>();
        nanos.forEach((k, v) -> samples.put(k, Samples.millis(v)));
        return samples;
    }
}
