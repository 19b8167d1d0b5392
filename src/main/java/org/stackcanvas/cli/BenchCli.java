package org.stackcanvas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.stackcanvas.bench.BenchOptions;
import org.stackcanvas.bench.BenchTable;
import org.stackcanvas.bench.Benchmark;
import org.stackcanvas.bench.Figure;

/** {@code bench}: measures StackCanvas against its peers and its targets, and prints one table. */
final class BenchCli implements CliCommand {

    private final Map<String, String> environment;
    private final Path workingDirectory;

    BenchCli(Map<String, String> environment, Path workingDirectory) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "measure open, lint, re-check, save and the editor against peers and targets";
    }

    @Override
    public String help() {
        return """
                Usage: stackcanvas bench [--services N] [--quick] [--reps N] [--dclint PATH] [--corpus DIR]
                                         [--work DIR] [--no-processes] [--no-ui]

                Generates stacks of 100, 1000 and 5000 services (anchors, merge keys, healthchecks,
                environment, ports, volumes, networks, depends_on chains, comments) and prints one
                table: medians (min-max) after a warm-up, each peer measured in the same run, the
                ratio, and PASS or MISS against the targets. Figures that cannot be taken here (no
                docker-compose, no dclint, no display) are listed with the reason.

                Figures: open against SnakeYAML's parse of the same text; full lint; re-check and
                save after one edit; whole-process config and lint against 'docker-compose config'
                (v1) and dclint; the corpus against 'dclint -r'; the editor's first frame, resident
                memory and canvas pulse during a drag (a child JVM on DISPLAY, software rendering).

                Options:
                  --services N     one stack size instead of 100, 1000 and 5000
                  --quick          a smoke run: fewer repetitions, no 5000-service stack
                  --reps N         measured repetitions (default 11, quick 3)
                  --dclint PATH    the dclint executable (default: dclint on the PATH)
                  --corpus DIR     lint every compose project under DIR, against 'dclint -r DIR'
                  --work DIR       where the generated stacks go (default: a temporary folder)
                  --no-processes   leave out the whole-process figures
                  --no-ui          leave out the editor's figures

                src/bench/compare.sh builds the jar, installs dclint and runs this with every peer.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        ArgReader reader = new ArgReader("bench", args);
        Integer services = null;
        boolean quick = false;
        Integer reps = null;
        Path dclint = null;
        Path corpus = null;
        Path work = null;
        boolean processes = true;
        boolean ui = true;
        while (reader.hasNext()) {
            String a = reader.take();
            switch (a) {
                case "--services" -> services = positive(reader.value(a), a);
                case "--quick" -> quick = true;
                case "--reps" -> reps = positive(reader.value(a), a);
                case "--dclint" -> dclint = workingDirectory.resolve(reader.value(a));
                case "--corpus" -> corpus = workingDirectory.resolve(reader.value(a));
                case "--work" -> work = workingDirectory.resolve(reader.value(a));
                case "--no-processes" -> processes = false;
                case "--no-ui" -> ui = false;
                default -> throw a.startsWith("-") ? reader.unknown(a)
                        : new UsageException("bench: unexpected argument '" + a + "'");
            }
        }
        List<Integer> sizes = services != null ? List.of(services) : quick ? List.of(100, 1000) : List.of(100, 1000, 5000);
        int repetitions = reps != null ? reps : quick ? 3 : 11;
        try {
            Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("stackcanvas-bench");
            BenchOptions options = new BenchOptions(sizes, quick ? 1 : 3, quick ? 0 : 3000, repetitions, dir, dclint, corpus,
                    processes, ui);
            List<Figure> figures = new Benchmark(options, environment, err).run();
            out.println("StackCanvas benchmark: " + describe(options));
            out.print(BenchTable.render(figures));
            out.flush();
            return Cli.OK;
        } catch (Exception e) {
            err.println("bench: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
    }

    private static String describe(BenchOptions options) {
        return String.format("%s services, %d warm-up and %d measured runs, Java %s, %d cores",
                options.sizes(), options.warmups(), options.repetitions(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
    }

    private static int positive(String value, String option) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("bench: " + option + " takes a positive number, not '" + value + "'");
    }
}
