package org.stackcanvas.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stackcanvas.document.YMap;

/** Every real project in the shared awesome-compose corpus loads as Compose would load it. */
class CorpusLoadTest {

    private static Path corpus() {
        return Path.of(System.getProperty("stackcanvas.corpus", "../shared/corpus")).resolve("awesome-compose");
    }

    @TestFactory
    Stream<DynamicTest> everyProjectLoads() throws IOException {
        Path root = corpus();
        assumeTrue(Files.isDirectory(root), "corpus not available at " + root);
        List<Path> projects;
        try (Stream<Path> dirs = Files.list(root)) {
            projects = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(projects).hasSizeGreaterThan(30);
        return projects.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            LoadedProject project = new ProjectLoader().load(ProjectOptions.forDirectory(dir));
            assertThat(project.directory()).isEqualTo(dir.toAbsolutePath().normalize());
            assertThat(project.services().size()).isPositive();
            for (YMap.Entry service : project.services().entryList()) {
                assertThat(service.keyLocation().file()).isEqualTo(project.documents().get(0).name());
            }
            assertThat(project.name()).matches("[a-z0-9][a-z0-9_-]*");
        }));
    }
}
