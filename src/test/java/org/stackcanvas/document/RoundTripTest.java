package org.stackcanvas.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing lost: every fixture and every real compose file of the corpus parses, and an unedited
 * document gives back exactly the bytes it was read from. {@link ResolvedTreeTest} checks what the
 * fixtures mean.
 */
class RoundTripTest {

    private static final Pattern COMPOSE_FILE = Pattern.compile("(docker-)?compose([.-][\\w.-]+)?\\.ya?ml");

    private final DocumentParser parser = new DocumentParser();

    static Path fixtureDir() {
        try {
            return Path.of(Objects.requireNonNull(RoundTripTest.class.getResource("/fixtures/document"),
                    "test resources fixtures/document are not on the class path").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path fixture(String name) {
        return fixtureDir().resolve(name);
    }

    static Stream<Arguments> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(fixtureDir())) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted()
                    .map(p -> Arguments.of("fixtures/document/" + p.getFileName(), p))
                    .toList().stream();
        }
    }

    static Path corpusDir() {
        Path root = Path.of(System.getProperty("stackcanvas.corpus", "../shared/corpus"));
        Path dir = root.resolve("awesome-compose");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the compose corpus is missing at " + dir.toAbsolutePath()
                    + "; set -Dstackcanvas.corpus to the folder holding awesome-compose/");
        }
        return dir;
    }

    static Stream<Arguments> corpus() throws IOException {
        Path dir = corpusDir();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> COMPOSE_FILE.matcher(p.getFileName().toString()).matches()).sorted()
                    .map(p -> Arguments.of("awesome-compose/" + dir.relativize(p), p))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureSavesByteForByte(String name, Path file) throws Exception {
        assertRoundTrip(file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusFileSavesByteForByte(String name, Path file) throws Exception {
        assertRoundTrip(file);
        assertThat(((YMap) parser.read(file).tree()).map("services")).as("services of " + name).isPresent();
    }

    @Test
    void corpusHoldsEveryProject() throws IOException {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(39);
    }

    private void assertRoundTrip(Path file) throws Exception {
        byte[] original = Files.readAllBytes(file);
        ComposeDocument doc = parser.read(file);
        assertThat(doc.toBytes()).as("bytes written back for " + file).isEqualTo(original);

        boolean bom = original.length >= 3 && (original[0] & 0xFF) == 0xEF
                && (original[1] & 0xFF) == 0xBB && (original[2] & 0xFF) == 0xBF;
        String decoded = new String(original, StandardCharsets.UTF_8);
        assertThat(doc.source().hasBom()).as("BOM of " + file).isEqualTo(bom);
        assertThat(doc.text()).as("text of " + file).isEqualTo(bom ? decoded.substring(1) : decoded);
        assertThat(doc.path()).contains(file);

        // The same text typed into the editor parses to the same tree.
        ComposeDocument typed = parser.parseText(file.toString(), doc.text());
        assertThat(typed.text()).as("typed text of " + file).isEqualTo(doc.text());
        assertThat(typed.tree()).as("tree of the typed text of " + file).isEqualTo(doc.tree());

        assertThat(doc.tree()).as("top level of " + file).isInstanceOf(YMap.class);
        int lines = doc.text().split("\r\n|\n|\r", -1).length;
        for (SourceLocation at : locations(doc.tree(), new ArrayList<>())) {
            assertThat(at.file()).isEqualTo(file.toString());
            assertThat(at.line()).as("line of a value").isBetween(1, lines);
            assertThat(at.column()).as("column of a value").isPositive();
        }
    }

    private static List<SourceLocation> locations(YValue value, List<SourceLocation> into) {
        into.add(value.location());
        if (value instanceof YMap map) {
            for (YMap.Entry e : map.entryList()) {
                into.add(e.keyLocation());
                locations(e.value(), into);
            }
        } else if (value instanceof YList list) {
            list.items().forEach(item -> locations(item, into));
        }
        return into;
    }

    /** Fixtures whose point is a byte an editor or Git could silently change. */
    static Stream<Arguments> specialBytes() {
        return Stream.of(
                Arguments.of("crlf-line-endings.yaml", "CR LF on every line",
                        (Predicate<String>) t -> t.endsWith("\r\n") && !t.replace("\r\n", "").contains("\n")),
                Arguments.of("utf8-bom.yaml", "a byte order mark and LF",
                        (Predicate<String>) t -> t.startsWith("\uFEFF") && !t.contains("\r")),
                Arguments.of("notepad-bom-crlf.yaml", "BOM, CR LF, no final newline",
                        (Predicate<String>) t -> t.startsWith("\uFEFF") && t.contains("\r\n")
                                && !t.replace("\r\n", "").contains("\n") && !t.endsWith("\n")),
                Arguments.of("mixed-line-endings.yaml", "both LF and CR LF",
                        (Predicate<String>) t -> t.contains("\r\n") && t.replace("\r\n", "").contains("\n")),
                Arguments.of("tabs-in-comments.yaml", "tabs", (Predicate<String>) t -> t.contains("#\t")),
                Arguments.of("tab-separators.yaml", "tabs after keys", (Predicate<String>) t -> t.contains("image:\tnode")),
                Arguments.of("json-with-tabs.yaml", "tab indentation", (Predicate<String>) t -> t.contains("\n\t\t\"web\"")),
                Arguments.of("no-final-newline.yaml", "no final newline", (Predicate<String>) t -> !t.endsWith("\n")),
                Arguments.of("empty.yaml", "no bytes at all", (Predicate<String>) String::isEmpty),
                Arguments.of("trailing-whitespace.yaml", "trailing spaces",
                        (Predicate<String>) t -> t.contains("nginx   \n") && t.contains("\n    \n")),
                Arguments.of("unicode.yaml", "characters outside the BMP and a ZWJ",
                        (Predicate<String>) t -> t.contains("\uD83D\uDC33") && t.contains("\u200D")),
                Arguments.of("block-scalars.yaml", "kept trailing blank lines", (Predicate<String>) t -> t.endsWith(".\n\n\n")),
                Arguments.of("long-lines.yaml", "a line over 100 000 characters",
                        (Predicate<String>) t -> t.lines().anyMatch(l -> l.length() > 100_000)));
    }

    @ParameterizedTest(name = "{0} keeps {1}")
    @MethodSource("specialBytes")
    void fixtureKeepsItsSpecialBytes(String name, String what, Predicate<String> check) throws IOException {
        String raw = new String(Files.readAllBytes(fixture(name)), StandardCharsets.UTF_8);
        assertThat(check.test(raw)).as(name + " should have " + what + " (regenerate with "
                + "src/test/scripts/make_document_fixtures.py; Git must not convert it)").isTrue();
    }
}
