package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stackcanvas.cli.EditOps;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.document.YMap;

/**
 * Golden files: each folder under {@code src/test/resources/golden} holds {@code input.yaml}, the
 * ops to apply ({@code ops.txt}, one per line in the words of {@code edit --op}; blank lines and
 * {@code #} comments are skipped) and the exact bytes expected ({@code expected.yaml}).
 *
 * <p>Beyond the bytes, every case checks what a user relies on: each op changed something, undo
 * gives back the input bytes, redo gives the edited bytes again, and an op on one service leaves
 * every other service's resolved definition (merge keys and aliases followed) as it was.
 *
 * <p>Run with {@code -Dgolden.update=true} to rewrite the expected files from the current output;
 * then read every changed file before committing it.
 */
class GoldenEditTest {

    private static final Path CASES = Path.of(System.getProperty("basedir", "."), "src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> folders = Files.list(CASES)) {
            cases = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).as("golden cases in " + CASES).hasSizeGreaterThan(40);
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
                () -> check(folder)));
    }

    private static void check(Path folder) throws Exception {
        byte[] input = Files.readAllBytes(folder.resolve("input.yaml"));
        List<String> ops = ops(folder.resolve("ops.txt"));
        assertThat(ops).as("ops.txt").isNotEmpty();

        ComposeDocument original = new DocumentParser().parse("compose.yaml", null, input);
        DocumentStore store = DocumentStore.of(original);
        CommandStack stack = new CommandStack(store);
        for (String op : ops) {
            Command command = EditOps.parse("compose.yaml", op);
            ComposeDocument before = store.get("compose.yaml");
            assertThat(stack.execute(command)).as("'%s' changed something", op).isTrue();
            if (command instanceof ServiceCommand serviceCommand) {
                assertOtherServicesUnchanged(before, store.get("compose.yaml"), serviceCommand.service, op);
            }
        }
        byte[] actual = store.get("compose.yaml").toBytes();

        Path expectedFile = folder.resolve("expected.yaml");
        if (UPDATE) {
            Files.write(expectedFile, actual);
        }
        assertThat(show(actual)).as("edited text").isEqualTo(show(Files.readAllBytes(expectedFile)));
        assertThat(actual).as("edited bytes").isEqualTo(Files.readAllBytes(expectedFile));

        for (int i = 0; i < ops.size(); i++) {
            stack.undo();
        }
        assertThat(store.get("compose.yaml").toBytes()).as("undo of every op gives the input back").isEqualTo(input);
        for (int i = 0; i < ops.size(); i++) {
            stack.redo();
        }
        assertThat(store.get("compose.yaml").toBytes()).as("redo gives the edited bytes").isEqualTo(actual);
    }

    /** An edit of one service must never change what another service resolves to. */
    private static void assertOtherServicesUnchanged(ComposeDocument before, ComposeDocument after, String edited,
            String op) {
        Map<?, ?> was = services(before);
        Map<?, ?> now = services(after);
        for (Map.Entry<?, ?> e : was.entrySet()) {
            if (!e.getKey().equals(edited)) {
                assertThat(now.get(e.getKey())).as("'%s' leaves service %s as it resolved before", op, e.getKey())
                        .isEqualTo(e.getValue());
            }
        }
    }

    private static Map<?, ?> services(ComposeDocument doc) {
        return ComposeEditor.effective(doc, ComposeEditor.path("services"))
                .filter(YMap.class::isInstance)
                .map(v -> (Map<?, ?>) Resolved.of(v))
                .orElse(Map.of());
    }

    private static List<String> ops(Path file) throws IOException {
        List<String> ops = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                ops.add(line.strip());
            }
        }
        return ops;
    }

    /** The text with line endings and a BOM made visible, so a failure shows where bytes differ. */
    private static String show(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "<BOM>").replace("\r", "<CR>");
    }
}
