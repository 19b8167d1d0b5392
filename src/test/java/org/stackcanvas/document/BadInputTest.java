package org.stackcanvas.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken and hostile input: each must end in a {@link DocumentException} that says what is wrong
 * and where, never in another exception, a hang or a blown heap. The 5 s timeout only guards
 * against hangs; every case takes milliseconds.
 */
class BadInputTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(5);

    private final DocumentParser parser = new DocumentParser();

    /** Parses and returns the refusal; anything else (success, another exception, a hang) fails. */
    private DocumentException refused(byte[] bytes) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                parser.parse("compose.yaml", null, bytes);
            } catch (DocumentException e) {
                return e;
            } catch (Throwable t) {
                throw new AssertionError("expected a DocumentException, got " + t, t);
            }
            return fail("the input was accepted");
        });
    }

    private DocumentException refused(String text) {
        return refused(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertAt(DocumentException e, int line, int column) {
        assertThat(e.location().line()).as("line of: " + e.describe()).isEqualTo(line);
        assertThat(e.location().column()).as("column of: " + e.describe()).isEqualTo(column);
        assertThat(e.describe()).startsWith("compose.yaml:" + line + ":" + column + ": ");
    }

    // ---- invalid YAML: the location must be where the user has to look -----------------------

    static Stream<Arguments> invalidYaml() {
        return Stream.of(
                Arguments.of("key dedented to a column no mapping uses",
                        "services:\n  web:\n    image: nginx\n   ports: []\n", 4, 4, "block mapping"),
                Arguments.of("key indented deeper than its siblings",
                        "services:\n  web:\n    image: nginx\n      ports: []\n", 4, 12, "mapping values are not allowed"),
                Arguments.of("two keys on one line",
                        "services:\n  web:\n    image: nginx ports: []\n", 3, 23, "mapping values are not allowed"),
                Arguments.of("list item inside a mapping",
                        "services:\n  web:\n    image: nginx\n    - ports\n", 4, 5, "block mapping"),
                Arguments.of("unclosed double quote points at the opening quote",
                        "services:\n  web:\n    command: \"echo hi\n    image: nginx\n", 3, 14, "never closed"),
                Arguments.of("unclosed single quote points at the opening quote",
                        "services:\n  web:\n    command: 'echo hi\n    image: nginx\n", 3, 14, "never closed"),
                Arguments.of("unclosed flow sequence points at its bracket",
                        "services:\n  web:\n    ports: [\"80:80\", \"443:443\"\n", 3, 12, "never closed"),
                Arguments.of("unclosed flow mapping points at its brace",
                        "services:\n  web: {image: nginx\n", 2, 8, "never closed"),
                Arguments.of("flow sequence closed with a brace",
                        "services:\n  web:\n    ports: [\"80:80\"}\n", 3, 20, "expected ',' or ']'"),
                Arguments.of("tab indenting a key",
                        "services:\n\tweb:\n    image: nginx\n", 2, 1, "tab"),
                Arguments.of("tab after the indentation spaces",
                        "services:\n  web:\n  \timage: nginx\n", 3, 3, "tab"),
                // Compose refuses these tabs as well: after "- " a tab would be indentation.
                Arguments.of("tab after a list dash",
                        "services:\n  web:\n    ports:\n      - \t\"80:80\"\n", 4, 9, "tab"),
                Arguments.of("unknown escape in double quotes",
                        "services:\n  web:\n    command: \"echo \\q\"\n", 3, 21, "unknown escape"),
                Arguments.of("alias to an anchor that does not exist",
                        "services:\n  web:\n    logging: *missing\n", 3, 14, "undefined alias"),
                Arguments.of("reserved character starting a value",
                        "services:\n  web:\n    image: @latest\n", 3, 12, "'@' cannot start a value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidYaml")
    void invalidYamlIsLocated(String label, String text, int line, int column, String says) {
        DocumentException e = refused(text);
        assertAt(e, line, column);
        assertThat(e.getMessage()).contains(says);
    }

    /**
     * YAML 1.2 (Compose's YAML) allows the escape {@code \/} in double quotes; SnakeYAML reads YAML
     * 1.1, which does not. Known limitation: such a file is refused with a located message. JSON
     * written by some tools (PHP's json_encode) escapes slashes this way. If this test starts
     * failing because the file loads, the limitation is gone: turn it into a positive test.
     */
    @Test
    void limitationJsonSlashEscapeIsRefusedWithItsLocation() {
        DocumentException e = refused("services:\n  web:\n    image: \"nginx\\/1.27\"\n");
        assertAt(e, 3, 19);
        assertThat(e.getMessage()).contains("unknown escape character /");
    }

    // ---- alias bombs ----------------------------------------------------------------------

    /** The classic: 9 levels of 10 aliases each, 10^9 strings once expanded, in under 1 KB. */
    static String billionLaughs() {
        StringBuilder s = new StringBuilder("x-lol0: &lol0 \"lol\"\n");
        for (int level = 1; level <= 9; level++) {
            s.append("x-lol").append(level).append(": &lol").append(level).append(" [");
            for (int i = 0; i < 10; i++) {
                s.append(i == 0 ? "" : ", ").append("*lol").append(level - 1);
            }
            s.append("]\n");
        }
        return s.append("services:\n  web:\n    image: busybox\n    command: *lol9\n").toString();
    }

    @Test
    void billionLaughsIsRefused() {
        DocumentException e = refused(billionLaughs());
        assertThat(e.getMessage()).contains("aliases expand to more than 2000000 values");
        assertThat(e.location().line()).isBetween(2, 14);
    }

    /** 24 levels of a list holding its predecessor twice: 48 aliases, 2^24 values expanded. */
    @Test
    void doublingAliasChainWithFewAliasesIsRefused() {
        StringBuilder s = new StringBuilder("x-d0: &d0 [a, b]\n");
        for (int level = 1; level <= 24; level++) {
            s.append("x-d").append(level).append(": &d").append(level)
                    .append(" [*d").append(level - 1).append(", *d").append(level - 1).append("]\n");
        }
        DocumentException e = refused(s.toString());
        assertThat(e.getMessage()).contains("aliases expand to more than");
        assertThat(e.location().line()).isBetween(2, 25);
    }

    @Test
    void billionLaughsNeitherGrowsTheHeapNorAllocatesMuch() {
        byte[] bomb = billionLaughs().getBytes(StandardCharsets.UTF_8);
        refused(bomb); // warm up: load classes, compile
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] allocated = new long[1];
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        DocumentException kept = assertTimeoutPreemptively(HANG_GUARD, () -> {
            long start = threads.getCurrentThreadAllocatedBytes();
            try {
                parser.parse("compose.yaml", null, bomb);
            } catch (DocumentException e) {
                allocated[0] = threads.getCurrentThreadAllocatedBytes() - start;
                return e;
            }
            return fail("the bomb was accepted");
        });
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        assertThat(kept.getMessage()).contains("aliases expand");
        // Expanding it would take gigabytes; what remains must be the error and little else...
        assertThat(after - before).as("heap growth in bytes").isLessThan(8L * 1024 * 1024);
        // ...and on the way there, the aliases were counted, never copied.
        if (threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
            assertThat(allocated[0]).as("bytes allocated while parsing").isLessThan(16L * 1024 * 1024);
        }
    }

    // ---- nesting --------------------------------------------------------------------------

    static Stream<Arguments> deepNesting() {
        int depth = 10_000;
        StringBuilder blockMapping = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            blockMapping.append(" ".repeat(i)).append("a:\n");
        }
        return Stream.of(
                Arguments.of("flow sequences", "x: " + "[".repeat(depth) + "]".repeat(depth) + "\n", 1, 104),
                Arguments.of("flow mappings", "x: " + "{a: ".repeat(depth) + "b" + "}".repeat(depth) + "\n", 1, 401),
                Arguments.of("block sequences", "- ".repeat(depth) + "x\n", 1, 203),
                Arguments.of("block mappings (2000 levels)", blockMapping.toString(), 101, 101));
    }

    @ParameterizedTest(name = "10 000 levels of {0}")
    @MethodSource("deepNesting")
    void deepNestingIsRefusedWhereItGoesTooDeep(String label, String text, int line, int column) {
        DocumentException e = refused(text);
        assertThat(e.getMessage()).contains("nested more than 100 levels");
        assertAt(e, line, column);
    }

    // ---- size -----------------------------------------------------------------------------

    @Test
    void fiftyMegabyteFileIsRefusedBySize(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("compose.yaml");
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            block.append("  svc@-").append(i).append(":\n    image: busybox:1.36\n    command: [\"sleep\", \"infinity\"]\n");
        }
        String template = block.toString();
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("services:\n".getBytes(StandardCharsets.UTF_8));
            for (int chunk = 0; Files.size(big) < 50L * 1024 * 1024; chunk++) {
                out.write(template.replace("@", Integer.toString(chunk)).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
        DocumentException e = assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                parser.read(big);
                return fail("a 50 MB file was accepted");
            } catch (DocumentException ex) {
                return ex;
            }
        });
        assertThat(e.getMessage()).startsWith("the file is 50.").contains("over the 16.0 MiB limit");
        assertThat(e.describe()).startsWith(big + ": the file is");
    }

    @Test
    void fiftyMegabytesOfBytesAreRefusedBySize() {
        byte[] bytes = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(bytes, (byte) 'a');
        assertThat(refused(bytes).getMessage()).contains("over the 16.0 MiB limit");
    }

    /** A file whose size says 0 but never ends: reading stops at the limit. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void endlessFileIsRefusedAfterTheLimit() {
        DocumentParser small = new DocumentParser(new ParseLimits(64 * 1024, 100, 1000));
        DocumentException e = assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                small.read(Path.of("/dev/zero"));
                return fail("/dev/zero was accepted");
            } catch (DocumentException ex) {
                return ex;
            }
        });
        assertThat(e.getMessage()).contains("over the 0.1 MiB limit");
    }

    // ---- binary data and encodings ----------------------------------------------------------

    static Stream<Arguments> binary() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        byte[] gzip = {0x1F, (byte) 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00};
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        byte[] utf16 = "\uFEFFservices:\n  web:\n    image: nginx\n".getBytes(StandardCharsets.UTF_16LE);
        return Stream.of(
                Arguments.of("random bytes", random),
                Arguments.of("a PNG image", png),
                Arguments.of("a gzip archive", gzip),
                Arguments.of("an ELF executable", elf),
                Arguments.of("UTF-16 text (as PowerShell writes it)", utf16));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binary")
    void binaryDataIsRefused(String label, byte[] bytes) {
        DocumentException e = refused(bytes);
        assertThat(e.getMessage()).containsAnyOf("not valid UTF-8", "binary data", "control character");
        assertThat(e.location().line()).isPositive();
    }

    @Test
    void pngIsRefusedAtItsFirstByte() {
        DocumentException e = refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        assertAt(e, 1, 1);
        assertThat(e.getMessage()).contains("byte 0x89");
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of("Latin-1 é", bytes("services:\n  web:\n    image: caf", 0xE9, "\n"), 3, 15, "0xE9"),
                Arguments.of("after an emoji on the same line (columns count characters)",
                        bytes("services:\n  web:\n    labels: {a: \"\uD83D\uDC33\", b: ", 0xFF, "}\n"), 3, 25, "0xFF"),
                Arguments.of("CR LF lines", bytes("services:\r\n  web:\r\n    image: ", 0xC3, "\r\n"), 3, 12, "0xC3"),
                Arguments.of("truncated sequence at the end", bytes("x: \u20AC", 0xE2, 0x82), 1, 5, "0xE2"),
                Arguments.of("overlong encoding", bytes("x: ", 0xC0, 0xAF, "\n"), 1, 4, "0xC0"),
                Arguments.of("encoded UTF-16 surrogate", bytes("x: a\ny: ", 0xED, 0xA0, 0x80, "\n"), 2, 4, "0xED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUtf8")
    void invalidUtf8IsLocated(String label, byte[] bytes, int line, int column, String says) {
        DocumentException e = refused(bytes);
        assertThat(e.getMessage()).contains("not valid UTF-8").contains(says).contains("save it as UTF-8");
        assertAt(e, line, column);
    }

    @Test
    void controlCharacterIsLocated() {
        DocumentException e = refused("services:\n  web:\n    image: ng\u0007inx\n");
        assertAt(e, 3, 14);
        assertThat(e.getMessage()).contains("U+0007");
    }

    @Test
    void nulByteIsLocated() {
        DocumentException e = refused("services:\n  web:\n    image: nginx\0\n");
        assertAt(e, 3, 17);
        assertThat(e.getMessage()).contains("binary data");
    }

    // ---- duplicate keys -------------------------------------------------------------------

    static Stream<Arguments> duplicateKeys() {
        return Stream.of(
                Arguments.of("top level", "services:\n  a:\n    image: x\nvolumes: {}\nservices:\n  b:\n    image: y\n",
                        5, 1, "'services' (first at line 1)"),
                Arguments.of("nested", "services:\n  a:\n    image: x\n    environment:\n      A: 1\n      A: 2\n",
                        6, 7, "'A' (first at line 5)"),
                Arguments.of("quoted and plain spelling of one key", "services:\n  a:\n    image: x\n    \"image\": y\n",
                        4, 5, "'image' (first at line 3)"),
                Arguments.of("in a flow mapping", "services:\n  a: {image: x, image: y}\n", 2, 17, "'image' (first at line 2)"),
                Arguments.of("two merge keys in one mapping",
                        "x-a: &a {image: x}\nx-b: &b {restart: always}\nservices:\n  a:\n    <<: *a\n    <<: *b\n",
                        6, 5, "'<<' (first at line 5)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicateKeys")
    void duplicateKeysAreRefusedAtTheSecond(String label, String text, int line, int column, String says) {
        DocumentException e = refused(text);
        assertThat(e.getMessage()).contains("duplicate key " + says);
        assertAt(e, line, column);
    }

    @Test
    void keyRepeatingAMergedKeyIsAnOverrideNotADuplicate() throws DocumentException {
        ComposeDocument doc = parser.parseText("compose.yaml",
                "x-base: &base\n  image: busybox\n  restart: always\nservices:\n  a:\n    <<: *base\n    image: alpine\n");
        YMap a = ((YMap) doc.tree()).map("services").orElseThrow().map("a").orElseThrow();
        assertThat(a.text("image")).contains("alpine");
        assertThat(a.keyLocation("image").line()).isEqualTo(7);
        assertThat(a.text("restart")).contains("always");
    }

    @Test
    void sameKeyInDifferentMappingsIsFine() throws DocumentException {
        parser.parseText("compose.yaml", "services:\n  a:\n    image: x\n  b:\n    image: y\n");
    }

    // ---- documents ------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "services:\n  a:\n    image: x\n---\nservices:\n  b:\n    image: y\n",
        "services:\n  a:\n    image: x\n...\n---\nservices:\n  b:\n    image: y\n",
    })
    void secondDocumentIsRefusedAtItsSeparator(String text) {
        DocumentException e = refused(text);
        assertThat(e.getMessage()).contains("second YAML document");
        assertThat(e.location().line()).isEqualTo(text.startsWith("services:\n  a:\n    image: x\n...") ? 5 : 4);
        assertThat(e.location().column()).isEqualTo(1);
    }

    // ---- tags -----------------------------------------------------------------------------

    static Stream<Arguments> unsupportedTags() {
        return Stream.of(
                Arguments.of("services:\n  web:\n    command: !!python/object/apply:os.system [\"echo pwned\"]\n",
                        3, 14, "!!python/object/apply:os.system"),
                Arguments.of("x-obj: !!python/object:__main__.Exploit {cmd: id}\n", 1, 8, "!!python/object:__main__.Exploit"),
                Arguments.of("x-gadget: !!javax.script.ScriptEngineManager "
                        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.invalid/\"]]]]\n",
                        1, 11, "!!javax.script.ScriptEngineManager"),
                Arguments.of("services:\n  web:\n    image: !!java.io.File /etc/passwd\n", 3, 12, "!!java.io.File"),
                Arguments.of("!!python/name:os.system : x\n", 1, 1, "!!python/name:os.system"),
                Arguments.of("services:\n  web:\n    image: !custom nginx\n", 3, 12, "!custom"),
                Arguments.of("x-v: !<tag:example.com,2024:thing> 1\n", 1, 6, "tag:example.com,2024:thing"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("unsupportedTags")
    void unsupportedTagsAreRefused(String text, int line, int column, String tag) {
        DocumentException e = refused(text);
        assertThat(e.getMessage()).isEqualTo("unsupported tag " + tag
                + "; compose files only use the tags !reset and !override");
        assertAt(e, line, column);
    }

    // ---- recursive aliases ----------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "x-a: &a [*a]\n",
        "x-a: &a\n  b:\n    c: *a\n",
        "x-a: &a\n  <<: *a\n",
        "services:\n  web: &web\n    image: x\n    depends_on: [*web]\n",
    })
    void recursiveAliasesAreRefused(String text) {
        DocumentException e = refused(text);
        assertThat(e.getMessage()).contains("recursive alias").contains("contains an alias to itself");
        assertThat(e.location().line()).isBetween(1, 2);
    }

    @Test
    void recursiveKeyIsRefused() {
        DocumentException e = refused("? &k [*k]\n: v\n");
        assertThat(e.getMessage()).contains("must be a plain string");
        assertAt(e, 1, 3);
    }

    // ---- keys that are not strings --------------------------------------------------------

    static Stream<Arguments> nonStringKeys() {
        return Stream.of(
                Arguments.of("list key", "? [a, b]\n: x\n", 1, 3, "not a list"),
                Arguments.of("mapping key", "services:\n  ? {a: 1}\n  : x\n", 2, 5, "not a mapping"),
                Arguments.of("number key", "services:\n  web:\n    environment:\n      80: x\n", 4, 7, "not a number (80)"),
                Arguments.of("boolean key", "true: x\n", 1, 1, "not a boolean (true)"),
                Arguments.of("null key", "~: x\n", 1, 1, "not null"),
                Arguments.of("empty key", "services:\n  ? \n  : x\n", 2, 4, "not null"),
                Arguments.of("float key", "1.5: x\n", 1, 1, "not a number (1.5)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonStringKeys")
    void nonStringKeysAreRefused(String label, String text, int line, int column, String says) {
        DocumentException e = refused(text);
        assertThat(e.getMessage()).contains("a mapping key must be").contains(says);
        assertAt(e, line, column);
    }

    @Test
    void quotedAndYaml12StringKeysAreStrings() throws DocumentException {
        YMap m = (YMap) parser.parseText("compose.yaml", "\"80\": a\n'true': b\n!!str 1.5: c\non: d\nyes: e\n").tree();
        assertThat(m.keys()).containsExactly("80", "true", "1.5", "on", "yes");
    }

    private static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }
}
