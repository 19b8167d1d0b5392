package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineClientTest {

    @Test
    void missingSocketSaysWhyAndWhatToDo(@TempDir Path dir) {
        Path socket = dir.resolve("no-such.sock");
        try (EngineClient engine = EngineClient.connect(Map.of("DOCKER_HOST", "unix://" + socket))) {
            assertThatThrownBy(engine::ping).isInstanceOf(RuntimeProblem.class)
                    .hasMessageContaining("Docker Engine not reachable at unix://" + socket)
                    .hasMessageContaining("does not exist")
                    .hasMessageContaining("DOCKER_HOST");
            assertThatThrownBy(() -> engine.containers("shop")).isInstanceOf(RuntimeProblem.class)
                    .hasMessageContaining("not reachable");
        }
    }

    @Test
    void badTlsSettingsAreReportedNotThrown(@TempDir Path dir) {
        try (EngineClient engine = EngineClient.connect(Map.of("DOCKER_HOST", "tcp://127.0.0.1:1",
                "DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", dir.resolve("none").toString()))) {
            assertThatThrownBy(engine::ping).isInstanceOf(RuntimeProblem.class)
                    .hasMessageContaining("not reachable at tcp://127.0.0.1:1");
        }
    }
}
