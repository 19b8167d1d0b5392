package org.stackcanvas.bench;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stackcanvas.check.CheckConfig;
import org.stackcanvas.check.CheckInput;
import org.stackcanvas.check.CheckResult;
import org.stackcanvas.check.Checker;
import org.stackcanvas.check.RuleRegistry;
import org.stackcanvas.check.SchemaValidator;
import org.stackcanvas.document.AtomicFileWriter;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.FileStamp;
import org.stackcanvas.edit.CommandStack;
import org.stackcanvas.edit.DocumentStore;
import org.stackcanvas.edit.SetAttributeCommand;
import org.stackcanvas.model.ModelBuilder;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The figures taken inside this JVM, warm: opening a stack against SnakeYAML's own parse of the
 * same text, a full lint, the re-check after one edit, and saving after one edit.
 */
final class InProcessFigures {

    private final BenchOptions options;
    private final RuleRegistry registry = RuleRegistry.standard();
    private final SchemaValidator schema = new SchemaValidator();

    InProcessFigures(BenchOptions options) {
        this.options = options;
    }

    /** Open (document + model + interpolation) against the floor, and full lint, for one size. */
    List<Figure> forSize(int services, Path file) throws Exception {
        int reps = options.repetitionsFor(services);
        ProjectOptions project = ProjectOptions.builder(file.getParent()).configFile(file).environment(Map.of()).build();
        List<Figure> figures = new ArrayList<>();
        // Interleaved: each round opens with both, so load on the machine hits both alike.
        long[] ours = new long[reps];
        long[] floor = new long[reps];
        long warmUntil = System.nanoTime() + options.warmupMillis() * 1_000_000L;
        for (int i = -options.warmups(); i < reps; i++) {
            if (i == -1 && System.nanoTime() < warmUntil) {
                i = -2; // keep warming up until the time is up
            }
            long a = System.nanoTime();
            LoadedProject loaded = new ProjectLoader().load(project);
            new ModelBuilder().build(loaded.model());
            long b = System.nanoTime();
            snakeYamlNodes(Files.readString(file));
            long c = System.nanoTime();
            if (i >= 0) {
                ours[i] = b - a;
                floor[i] = c - b;
            }
        }
        figures.add(Figure.against("open " + services + " (document+model+interpolation)", Samples.millis(ours),
                "SnakeYAML parse to nodes", Samples.millis(floor), Target.atMostTimes(3)));
        figures.add(Figure.of("full lint " + services + " (read+load+check)", Stopwatch.time(options.warmups(), options.warmupMillis(), reps,
                () -> new Checker(registry, schema).lint(file, Map.of())), null));
        return figures;
    }

    /** Full lint of {@code file} in this JVM, for the comparison with Compose's whole process. */
    Samples lint(Path file, int reps) throws Exception {
        return Stopwatch.time(options.warmups(), options.warmupMillis(), reps, () -> new Checker(registry, schema).lint(file, Map.of()));
    }

    /** The editor's path after one edit: the command, the project derived again, the re-check; and saving it. */
    List<Figure> afterEdit(int services, Path file) throws Exception {
        Path dir = file.getParent();
        Checker checker = new Checker(registry, schema);
        CheckInput input = checker.read(dir, Map.of());
        checker.check(input, CheckConfig.defaults());
        LoadedProject project = input.project().orElseThrow();
        DocumentStore store = DocumentStore.of(project.documents().toArray(new ComposeDocument[0]));
        CommandStack stack = new CommandStack(store);
        ProjectOptions reload = ProjectOptions.builder(dir).configFile(file).environment(Map.of()).build();
        String document = project.documents().get(0).name();
        String service = "svc-" + services / 2;
        int reps = Math.max(options.repetitions(), 5) * 2;
        long[] recheck = new long[reps];
        long[] whole = new long[reps];
        long warmUntil = System.nanoTime() + options.warmupMillis() * 1_000_000L;
        for (int i = -options.warmups() * 2; i < reps; i++) {
            if (i == -1 && System.nanoTime() < warmUntil) {
                i = -3; // keep warming up (in pairs, so the edit alternates) until the time is up
            }
            long a = System.nanoTime();
            stack.execute(new SetAttributeCommand(document, service, "restart", i % 2 == 0 ? "always" : "on-failure"));
            ComposeDocument doc = store.get(document);
            LoadedProject again = new ProjectLoader().load(reload, Map.of(file.toAbsolutePath().normalize(), doc));
            long b = System.nanoTime();
            CheckResult result = checker.check(CheckInput.of(again), CheckConfig.defaults());
            long c = System.nanoTime();
            if (result.findings() == null) {
                throw new IllegalStateException("no findings list");
            }
            if (i >= 0) {
                recheck[i] = c - b;
                whole[i] = c - a;
            }
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("re-check after one edit " + services, Samples.millis(recheck), Target.atMost(10)));
        figures.add(Figure.of("edit+derive+re-check " + services, Samples.millis(whole), null));
        Path copy = Files.createTempFile(dir, "save-", ".yaml");
        try {
            AtomicFileWriter writer = new AtomicFileWriter();
            byte[] original = Files.readAllBytes(file);
            Files.write(copy, original);
            FileStamp[] stamp = {FileStamp.of(copy, original)};
            int[] round = {0};
            figures.add(Figure.of("save after one edit " + services, Stopwatch.time(options.warmups(), options.warmupMillis(), reps, () -> {
                stack.execute(new SetAttributeCommand(document, service, "restart",
                        round[0]++ % 2 == 0 ? "always" : "on-failure"));
                stamp[0] = writer.write(copy, store.get(document).toBytes(), stamp[0]);
            }), null));
        } finally {
            Files.deleteIfExists(copy);
        }
        return figures;
    }

    /** The floor: SnakeYAML composing the text to its node tree, with the parser's own settings. */
    static Object snakeYamlNodes(String text) {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(Integer.MAX_VALUE);
        loader.setCodePointLimit(Integer.MAX_VALUE);
        return new Yaml(loader).compose(new StringReader(text));
    }
}
