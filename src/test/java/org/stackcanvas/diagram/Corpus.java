package org.stackcanvas.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.stackcanvas.model.ComposeModel;
import org.stackcanvas.model.ModelBuilder;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;

/** The awesome-compose projects and the sample stack, loaded as the editor loads them. */
public final class Corpus {

    private Corpus() {
    }

    public static Stream<Path> projects() throws IOException {
        Path corpus = Path.of(System.getProperty("stackcanvas.corpus", "../shared/corpus"), "awesome-compose");
        try (Stream<Path> dirs = Files.list(corpus)) {
            List<Path> found = dirs.filter(Files::isDirectory).sorted().toList();
            assertThat(found).as("projects in " + corpus).hasSizeGreaterThanOrEqualTo(39);
            return found.stream();
        }
    }

    public static ComposeModel load(Path directory) throws Exception {
        LoadedProject project = new ProjectLoader().load(ProjectOptions.forDirectory(directory));
        return new ModelBuilder().build(project.model()).model();
    }

    public static StackGraph graph(Path directory) throws Exception {
        return StackGraph.of(load(directory));
    }

    public static Path sample() {
        return Path.of("src/main/resources/org/stackcanvas/sample");
    }
}
