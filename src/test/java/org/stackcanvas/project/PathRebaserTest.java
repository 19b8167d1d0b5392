package org.stackcanvas.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathRebaserTest {

    private static final Path PROJECT = Path.of("/work/app").toAbsolutePath();

    @ParameterizedTest(name = "{1} written in {0} is {2}")
    @CsvSource({
            "common, ., ./common",
            "common, ./data, ./common/data",
            "common, ../shared, ./shared",
            "common, ../../outside, ../outside",
            "../lib, ./x, ../lib/x",
            "common, /abs/path, /abs/path",
            "common, ~/home, ~/home",
            ".,  ./same, ./same"})
    void movesRelativePathsOnly(String sourceFolder, String path, String expected) {
        PathRebaser rebaser = PathRebaser.between(PROJECT, PROJECT.resolve(sourceFolder));
        assertThat(rebaser.path(path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"a/./b/../c, a/c", "../a/../../b, ../../b", "/a/../../b, /b", "./, ''"})
    void normalizesDots(String path, String expected) {
        assertThat(PathRebaser.normalize(path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "./data:/data|/data|./data",
            "named:/data:ro|/data|named",
            "/anonymous|/anonymous|",
            "C:\\data:/data|/data|C:\\data",
            "c:/data|/data|c"})
    void readsShortVolumeSyntax(String spec, String target, String source) {
        assertThat(VolumeSpec.target(spec)).isEqualTo(target);
        assertThat(VolumeSpec.source(spec)).isEqualTo(source);
    }
}
