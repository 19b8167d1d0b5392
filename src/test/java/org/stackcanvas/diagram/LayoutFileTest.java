package org.stackcanvas.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutFileTest {

    @TempDir
    Path dir;

    @Test
    void writesAndReadsBackBesideTheComposeFile() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n");
        Map<String, Position> positions = new LinkedHashMap<>();
        positions.put("service:web", new Position(120, 40.5));
        positions.put("bind:./conf \"x\"", new Position(-3, 7));
        Path file = LayoutFile.in(dir);
        LayoutFile.write(file, positions);
        assertThat(file.getFileName().toString()).isEqualTo(".stackcanvas-layout.json");
        assertThat(LayoutFile.read(file)).isEqualTo(positions);
        assertThat(Files.readString(file)).startsWith("{\n  \"version\": 1,").contains("\"service:web\": {\"x\": 120, \"y\": 40.50}");
        assertThat(Files.readString(dir.resolve("compose.yaml"))).doesNotContain("120");
    }

    @Test
    void aMissingOrBrokenFileMeansNoPositions() throws Exception {
        assertThat(LayoutFile.read(dir.resolve(LayoutFile.FILE_NAME))).isEmpty();
        Files.writeString(dir.resolve(LayoutFile.FILE_NAME), "{\"nodes\": {\"a\": ");
        assertThat(LayoutFile.read(dir.resolve(LayoutFile.FILE_NAME))).isEmpty();
    }

    @Test
    void ignoresEntriesThatAreNotPositions() {
        assertThat(LayoutFile.parse("{\"nodes\":{\"a\":{\"x\":1,\"y\":2},\"b\":{\"x\":\"1\"},\"c\":[1]},\"zoom\":2}"))
                .containsExactly(Map.entry("a", new Position(1, 2)));
        assertThat(LayoutFile.parse(LayoutFile.format(Map.of()))).isEmpty();
    }
}
