package org.stackcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigPathsTest {

    private final Path dir = Path.of("/projects/shop");

    @Test
    void relativePathsBecomeAbsoluteAsComposePrintsThem() {
        Map<String, Object> project = Map.of(
                "services", Map.of("web", Map.of(
                        "build", Map.of("context", "./web"),
                        "env_file", List.of(Map.of("path", "web.env")),
                        "volumes", List.of(Map.of("type", "bind", "source", "./conf", "target", "/etc/conf"),
                                Map.of("type", "volume", "source", "data", "target", "/data")))),
                "secrets", Map.of("pw", Map.of("file", "secrets/pw.txt")));
        Map<String, Object> out = ConfigPaths.resolve(project, dir);
        assertThat(out.toString())
                .contains("context=/projects/shop/web")
                .contains("path=/projects/shop/web.env")
                .contains("source=/projects/shop/conf")
                .contains("source=data")
                .contains("file=/projects/shop/secrets/pw.txt");
    }

    @Test
    void absoluteHomeAndRemotePathsStay() {
        assertThat(ConfigPaths.absolute("/srv/x", dir)).isEqualTo("/srv/x");
        assertThat(ConfigPaths.absolute("~/x", dir)).isEqualTo("~/x");
        Map<String, Object> out = ConfigPaths.resolve(Map.of("services", Map.of("a", Map.of("build",
                Map.of("context", "https://github.com/docker/app.git")))), dir);
        assertThat(out.toString()).contains("context=https://github.com/docker/app.git");
    }
}
