package org.stackcanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.document.YMap;

/** Every compose file of the awesome-compose corpus reads without problems and without losing a key. */
class CorpusModelTest {

    private static final Set<String> NAMES = Set.of("compose.yaml", "compose.yml", "docker-compose.yml",
            "docker-compose.yaml");

    static Stream<Path> composeFiles() throws IOException {
        Path corpus = Path.of(System.getProperty("stackcanvas.corpus", "../shared/corpus"), "awesome-compose");
        try (Stream<Path> files = Files.walk(corpus)) {
            List<Path> found = files.filter(p -> NAMES.contains(p.getFileName().toString())).sorted().toList();
            assertThat(found).as("compose files in " + corpus).hasSizeGreaterThanOrEqualTo(39);
            return found.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("composeFiles")
    void buildsWithoutProblemsAndKeepsEveryServiceKey(Path file) throws Exception {
        YMap root = (YMap) new DocumentParser().read(file).tree();

        ModelResult result = new ModelBuilder().build(root);

        assertThat(result.problems()).isEmpty();
        ComposeModel model = result.model();
        YMap services = root.map("services").orElseThrow();
        assertThat(model.services()).containsOnlyKeys(services.keys());
        Map<String, Object> canonical = CanonicalForm.of(model);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> canonicalServices = (Map<String, Map<String, Object>>) canonical.get("services");
        for (YMap.Entry entry : services.entryList()) {
            Service service = model.services().get(entry.key());
            YMap raw = (YMap) entry.value();
            for (String key : raw.keys()) {
                assertThat(canonicalServices.get(entry.key())).as(file + " " + entry.key() + "." + key)
                        .containsKey(key);
                assertThat(service.declares(key)).isTrue();
            }
            // Only attributes the model leaves generic may end up untyped in real files.
            assertThat(service.otherAttributes()).as(file + " " + entry.key()).isEmpty();
        }
    }
}
