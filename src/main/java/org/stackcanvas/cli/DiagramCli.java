package org.stackcanvas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stackcanvas.diagram.GraphLayout;
import org.stackcanvas.diagram.GraphLayouter;
import org.stackcanvas.diagram.Position;
import org.stackcanvas.diagram.StackGraph;
import org.stackcanvas.diagram.render.DiagramRenderer;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.model.ModelResult;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectOptions;

/** {@code diagram}: the project's graph as a PNG or SVG picture, laid out as in the editor. */
final class DiagramCli implements CliCommand {

    /** Where the editor keeps the positions of the nodes the user moved, in the project folder. */
    static final String LAYOUT_FILE = ".stackcanvas-layout.json";

    private final Map<String, String> processEnvironment;
    private final Path workingDirectory;

    DiagramCli(Map<String, String> processEnvironment, Path workingDirectory) {
        this.processEnvironment = processEnvironment;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public String name() {
        return "diagram";
    }

    @Override
    public String summary() {
        return "draw the project's services, networks, volumes and files as a PNG or SVG diagram";
    }

    @Override
    public String help() {
        return """
                Usage: stackcanvas diagram FILE|FOLDER -o OUT.png|OUT.svg [--layout FILE]
                                           [--profile P ...] [--env-file F ...] [--scale N]

                Loads the project (a compose file, or a folder where compose.yaml is found as
                Compose finds it) and draws it as the editor's canvas shows it: a card per service
                with its icon, image, published ports and profiles; networks, volumes, bind mounts,
                env files, secrets and configs beside the services that use them; depends_on
                arrows drawn solid (service_healthy), dashed (service_started) or dotted
                (service_completed_successfully). The output format follows the extension of OUT.

                Nodes you moved in the editor keep their places: the positions are read from
                .stackcanvas-layout.json in the project folder when it exists, or from the file
                given with --layout (a JSON object: node id -> {"x": .., "y": ..}).

                Options:
                  -o, --output OUT   the picture to write (.png or .svg)
                  --layout FILE      node positions to use instead of the project's layout file
                  --profile P        enable a profile (repeatable)
                  --env-file F       read variables from F instead of .env (repeatable)
                  --scale N          PNG pixels per diagram unit (default 1.5)

                Exit status: 0 on success, 1 when the project or layout cannot be read or the
                picture cannot be written, 2 on wrong usage.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, DocumentException {
        ArgReader reader = new ArgReader("diagram", args);
        List<String> profiles = new java.util.ArrayList<>();
        List<Path> envFiles = new java.util.ArrayList<>();
        Path input = null;
        Path output = null;
        Path layoutFile = null;
        double scale = 1.5;
        while (reader.hasNext()) {
            String option = reader.take();
            switch (option) {
                case "-o", "--output" -> output = workingDirectory.resolve(reader.value(option));
                case "--layout" -> layoutFile = workingDirectory.resolve(reader.value(option));
                case "--profile" -> profiles.add(reader.value(option));
                case "--env-file" -> envFiles.add(workingDirectory.resolve(reader.value(option)));
                case "--scale" -> scale = scale(reader.value(option));
                default -> {
                    if (option.startsWith("-") && !option.equals("-")) {
                        throw reader.unknown(option);
                    }
                    if (input != null) {
                        throw new UsageException("diagram: one FILE or FOLDER, not also '" + option + "'");
                    }
                    input = workingDirectory.resolve(option);
                }
            }
        }
        if (input == null) {
            throw new UsageException("diagram: which project? give a compose FILE or a FOLDER (see 'diagram --help')");
        }
        if (output == null) {
            throw new UsageException("diagram: where to? give -o OUT.png or -o OUT.svg");
        }
        DiagramRenderer renderer = rendererFor(output, scale);
        if (!Files.exists(input)) {
            err.println(input + ": no such file or folder");
            return Cli.INPUT_PROBLEM;
        }
        // A folder is opened as if the command ran there: Compose's file discovery starts in it.
        boolean folder = Files.isDirectory(input);
        ProjectOptions.Builder options = ProjectOptions.builder(folder ? input : workingDirectory)
                .environment(processEnvironment).profiles(profiles);
        envFiles.forEach(options::envFile);
        if (folder) {
            options.projectDirectory(input);
        } else {
            options.configFile(input);
        }
        LoadedModel loaded = LoadedModel.load(options.build(), err);
        LoadedProject project = loaded.project();
        ModelResult result = loaded.result();
        StackGraph graph = StackGraph.of(result.model());

        Path positions = layoutFile != null ? layoutFile : project.directory().resolve(LAYOUT_FILE);
        Map<String, Position> pinned = Map.of();
        if (layoutFile != null || Files.isRegularFile(positions)) {
            Optional<Map<String, Position>> read = readLayout(positions, err);
            if (read.isEmpty()) {
                return Cli.INPUT_PROBLEM;
            }
            pinned = new LinkedHashMap<>(read.get());
            // Positions of nodes that are gone (renamed, deleted) are not an error: the file lags behind.
            pinned.keySet().retainAll(graph.nodes().stream().map(n -> n.id()).toList());
        }
        GraphLayout layout = new GraphLayouter().layout(graph, pinned);
        try {
            if (output.getParent() != null) {
                Files.createDirectories(output.getParent());
            }
            try (OutputStream stream = Files.newOutputStream(output)) {
                renderer.render(graph, layout, stream);
            }
        } catch (IOException e) {
            err.println(output + ": cannot write the diagram: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
        out.println("wrote " + output + " (" + graph.nodes().size() + " nodes, " + graph.edges().size() + " wires"
                + (pinned.isEmpty() ? "" : ", " + pinned.size() + " placed by the layout file") + ")");
        return Cli.OK;
    }

    private static DiagramRenderer rendererFor(Path output, double scale) throws UsageException {
        String name = output.getFileName() == null ? "" : output.getFileName().toString();
        Optional<DiagramRenderer> renderer = DiagramRenderer.forFileName(name);
        if (renderer.isEmpty()) {
            throw new UsageException("diagram: -o must end in .png or .svg, not '" + name + "'");
        }
        return renderer.get().format().equals("png")
                ? new org.stackcanvas.diagram.render.PngDiagramRenderer(scale) : renderer.get();
    }

    private static double scale(String value) throws UsageException {
        try {
            double scale = Double.parseDouble(value);
            if (scale > 0 && scale <= 8) {
                return scale;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("diagram: --scale is a number above 0 and at most 8, not '" + value + "'");
    }

    private static Optional<Map<String, Position>> readLayout(Path file, PrintStream err) {
        try {
            return Optional.of(org.stackcanvas.diagram.LayoutJson.positions(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (org.stackcanvas.diagram.LayoutJson.SyntaxError e) {
            err.println(file + ": not a layout file: " + e.getMessage());
        } catch (IOException e) {
            err.println(file + ": cannot read the layout file: " + e.getMessage());
        }
        return Optional.empty();
    }
}
