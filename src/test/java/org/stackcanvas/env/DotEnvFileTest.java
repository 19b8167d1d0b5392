package org.stackcanvas.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotEnvFileTest {

    @TempDir
    Path dir;

    @Test
    void readsUtf8FileWithBomAndCrlf() throws IOException, EnvFileException {
        Path file = dir.resolve(".env");
        Files.write(file, "\uFEFFNAME=Zoë\r\nGREETING=\"héllo ${NAME}\"\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(DotEnvFile.read(file, name -> Optional.empty()))
                .containsExactly(entry("NAME", "Zoë"), entry("GREETING", "héllo Zoë"));
    }

    @Test
    void toleratesBytesThatAreNotUtf8() throws IOException, EnvFileException {
        Path file = dir.resolve(".env");
        Files.write(file, new byte[] {'#', ' ', (byte) 0xE9, '\n', 'A', '=', '1', '\n'});

        assertThat(DotEnvFile.read(file, name -> Optional.empty())).containsExactly(entry("A", "1"));
    }

    @Test
    void missingFileIsAClearError() {
        Path missing = dir.resolve("nope.env");
        assertThatThrownBy(() -> DotEnvFile.read(missing, name -> Optional.empty()))
                .isInstanceOfSatisfying(EnvFileException.class, e -> {
                    assertThat(e.fileName()).isEqualTo(missing.toString());
                    assertThat(e.line()).isZero();
                    assertThat(e.describe()).isEqualTo(missing + ": env file not found;"
                            + " create it or remove it from env_file / --env-file");
                });
    }

    @Test
    void directoryIsAClearError() {
        assertThatThrownBy(() -> DotEnvFile.read(dir, name -> Optional.empty()))
                .isInstanceOfSatisfying(EnvFileException.class,
                        e -> assertThat(e.getMessage()).contains("is a directory"));
    }

    @Test
    void parseErrorsNameTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("app.env"), "GOOD=1\nBAD KEY=2\n");
        assertThatThrownBy(() -> DotEnvFile.read(file, name -> Optional.empty()))
                .isInstanceOfSatisfying(EnvFileException.class,
                        e -> assertThat(e.describe()).startsWith(file + ":2:1: variable name \"BAD KEY\""));
    }

    @Test
    void describeWithoutFileNameIsJustTheMessage() {
        assertThat(new EnvFileException("", 0, 0, "oops").describe()).isEqualTo("oops");
        assertThat(new EnvFileException("f", 2, 3, "oops").describe()).isEqualTo("f:2:3: oops");
    }
}
