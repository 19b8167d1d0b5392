package org.stackcanvas.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentTest {

    @TempDir
    Path dir;

    @Test
    void processEnvironmentOverridesEnvFilesAndLaterFilesOverrideEarlierOnes() {
        Environment env = Environment.of(
                Map.of("SHARED", "process", "ONLY_PROCESS", "p"),
                List.of(Map.of("SHARED", "first", "FILES", "first", "ONLY_FIRST", "1"),
                        Map.of("SHARED", "second", "FILES", "second")));

        assertThat(env.get("SHARED")).contains("process");
        assertThat(env.get("FILES")).contains("second");
        assertThat(env.get("ONLY_FIRST")).contains("1");
        assertThat(env.get("ONLY_PROCESS")).contains("p");
        assertThat(env.get("NOWHERE")).isEmpty();
        assertThat(env.lookup().apply("FILES")).contains("second");
        assertThat(env.asMap()).containsOnly(entry("SHARED", "process"), entry("FILES", "second"),
                entry("ONLY_FIRST", "1"), entry("ONLY_PROCESS", "p"));
    }

    @Test
    void emptyProcessValueStillWins() {
        Environment env = Environment.of(Map.of("A", ""), List.of(Map.of("A", "file")));
        assertThat(env.get("A")).contains("");
    }

    @Test
    void isImmutableAndIndependentOfItsInputs() {
        Map<String, String> process = new HashMap<>(Map.of("A", "1"));
        Map<String, String> file = new HashMap<>(Map.of("B", "2"));
        Environment env = Environment.of(process, List.of(file));
        process.put("A", "changed");
        file.put("C", "3");

        assertThat(env.asMap()).containsOnly(entry("A", "1"), entry("B", "2"));
        assertThatThrownBy(() -> env.asMap().put("X", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void emptyHasNothing() {
        assertThat(Environment.empty().asMap()).isEmpty();
        assertThat(Environment.empty().get("PATH")).isEmpty();
    }

    @Test
    void feedsTheInterpolator() throws InterpolationException {
        Environment env = Environment.of(Map.of("TAG", "1.2"), List.of(Map.of("IMAGE", "web")));
        assertThat(new Interpolator(env.lookup()).interpolate("${IMAGE}:${TAG:-latest}").value())
                .isEqualTo("web:1.2");
    }

    @Test
    void loadsEnvFilesResolvingReferencesAsComposeDoes() throws IOException, EnvFileException {
        Path first = write("first.env", "A=0\nHOST=db\nFROM_PROCESS=file\n");
        Path second = write("second.env", "A=1\nB=${A}\nURL=postgres://${HOST}/${FROM_PROCESS}\nC=$OWN\nOWN=x\n"
                + "D=${OWN}\n");

        Environment env = Environment.load(Map.of("FROM_PROCESS", "proc"), List.of(first, second));

        // B sees the first file's A, not the A just above it: compose-go looks outside the file first.
        assertThat(env.get("B")).contains("0");
        assertThat(env.get("A")).contains("1");
        assertThat(env.get("URL")).contains("postgres://db/proc");
        assertThat(env.get("C")).contains("");
        assertThat(env.get("D")).contains("x");
        assertThat(env.get("FROM_PROCESS")).contains("proc");
    }

    @Test
    void loadReportsTheFileThatFailed() throws IOException {
        Path good = write("good.env", "A=1\n");
        Path bad = write("bad.env", "A=1\nB=\"open\n");
        assertThatThrownBy(() -> Environment.load(Map.of(), List.of(good, bad)))
                .isInstanceOfSatisfying(EnvFileException.class, e -> {
                    assertThat(e.fileName()).isEqualTo(bad.toString());
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
