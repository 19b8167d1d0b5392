package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stackcanvas.cli.EditOps;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * Edits on real compose files (docker/awesome-compose in the shared corpus): a few ops on each file's
 * first service must change only the lines they are about (every other line identical and in order),
 * keep the file's line breaks, give a file that still parses, and undo/redo to the exact bytes.
 */
class CorpusEditTest {

    private static final String NAME = "compose.yaml";
    private static final String ENV_KEY = "STACKCANVAS_PROBE";
    private static final String IMAGE = "stackcanvas/probe:1.0";
    private static final String PORT = "18080:80";
    private static final String NETWORK = "stackcanvas_net";

    @TestFactory
    Stream<DynamicNode> editsOnTheCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("stackcanvas.corpus", "../shared/corpus"), "awesome-compose");
        assertThat(corpus).as("the shared corpus (set -Dstackcanvas.corpus=...)").isDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.getFileName().toString().matches("(docker-)?compose\\.ya?ml"))
                    .sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        return files.stream().map(file -> DynamicContainer.dynamicContainer(
                corpus.relativize(file).toString(), tests(file)));
    }

    private static Stream<DynamicNode> tests(Path file) {
        return Stream.of(
                DynamicTest.dynamicTest("set-image", () -> setImage(load(file))),
                DynamicTest.dynamicTest("set-env", () -> setEnv(load(file))),
                DynamicTest.dynamicTest("add-port", () -> addPort(load(file))),
                DynamicTest.dynamicTest("attach-network", () -> attachNetwork(load(file))),
                DynamicTest.dynamicTest("rename-service", () -> renameService(load(file))),
                DynamicTest.dynamicTest("all ops, then undo and redo", () -> allOps(load(file))));
    }

    private static ComposeDocument load(Path file) throws Exception {
        return new DocumentParser().parse(NAME, null, Files.readAllBytes(file));
    }

    private static String firstService(ComposeDocument doc) {
        YMap services = (YMap) ComposeEditor.effective(doc, ComposeEditor.path("services")).orElseThrow();
        return services.keys().iterator().next();
    }

    private static void setImage(ComposeDocument doc) throws Exception {
        String service = firstService(doc);
        YMap before = ComposeEditor.service(doc, service).orElseThrow();
        Applied edit = apply(doc, "set-image " + service + " " + IMAGE);
        if (before.get("image") instanceof YScalar old) {
            assertThat(edit.diff.removed()).as(edit.describe()).hasSize(1);
            assertThat(edit.diff.added()).as(edit.describe())
                    .containsExactly(edit.diff.removed().get(0).replace(old.text(), IMAGE));
        } else {
            assertThat(edit.diff.removed()).as(edit.describe()).isEmpty();
            assertThat(stripped(edit.diff.added())).as(edit.describe()).containsExactly("image: " + IMAGE);
        }
        assertThat(serviceAfter(edit, service).text("image")).contains(IMAGE);
    }

    private static void setEnv(ComposeDocument doc) throws Exception {
        String service = firstService(doc);
        YValue env = ComposeEditor.service(doc, service).orElseThrow().get("environment");
        Applied edit = apply(doc, "set-env " + service + " " + ENV_KEY + " on");
        assertThat(edit.diff.removed()).as(edit.describe()).isEmpty();
        if (env instanceof YList) {
            assertThat(stripped(edit.diff.added())).as(edit.describe()).containsExactly("- " + ENV_KEY + "=on");
        } else if (env instanceof YMap) {
            assertThat(stripped(edit.diff.added())).as(edit.describe()).containsExactly(ENV_KEY + ": \"on\"");
        } else {
            assertThat(stripped(edit.diff.added())).as(edit.describe())
                    .containsExactly("environment:", ENV_KEY + ": \"on\"");
        }
        YValue now = serviceAfter(edit, service).get("environment");
        if (now instanceof YMap map) {
            assertThat(map.get(ENV_KEY)).isEqualTo(YScalar.string("on", map.get(ENV_KEY).location()));
        } else {
            assertThat(((YList) now).items()).anyMatch(i -> ((YScalar) i).text().equals(ENV_KEY + "=on"));
        }
    }

    private static void addPort(ComposeDocument doc) throws Exception {
        String service = firstService(doc);
        boolean hadPorts = ComposeEditor.service(doc, service).orElseThrow().has("ports");
        Applied edit = apply(doc, "add-port " + service + " " + PORT);
        assertThat(edit.diff.removed()).as(edit.describe()).isEmpty();
        assertThat(stripped(edit.diff.added())).as(edit.describe())
                .containsExactlyElementsOf(hadPorts ? List.of("- \"" + PORT + "\"") : List.of("ports:", "- \"" + PORT + "\""));
        assertThat(((YList) serviceAfter(edit, service).get("ports")).items())
                .anyMatch(i -> ((YScalar) i).text().equals(PORT));
    }

    private static void attachNetwork(ComposeDocument doc) throws Exception {
        String service = firstService(doc);
        String op = "attach-network " + service + " " + NETWORK;
        if (ComposeEditor.service(doc, service).orElseThrow().has("network_mode")) {
            DocumentStore store = DocumentStore.of(doc);
            assertThatThrownBy(() -> new CommandStack(store).execute(EditOps.parse(NAME, op)))
                    .isInstanceOf(EditException.class).hasMessageContaining("network_mode");
            assertThat(store.get(NAME).toBytes()).isEqualTo(doc.toBytes());
            return;
        }
        Applied edit = apply(doc, op);
        assertThat(edit.diff.removed()).as(edit.describe()).isEmpty();
        assertThat(stripped(edit.diff.added())).as(edit.describe()).isNotEmpty().allMatch(line -> Set.of(
                "networks:", "- " + NETWORK, NETWORK + ":", NETWORK + ": {}").contains(line));
        YValue networks = serviceAfter(edit, service).get("networks");
        assertThat(networks instanceof YMap m ? m.has(NETWORK)
                : ((YList) networks).items().stream().anyMatch(i -> ((YScalar) i).text().equals(NETWORK))).isTrue();
        assertThat(ComposeEditor.effective(edit.after, ComposeEditor.path("networks", NETWORK))).isPresent();
    }

    private static void renameService(ComposeDocument doc) throws Exception {
        String service = firstService(doc);
        String renamed = service + "_renamed";
        int references = ServiceReference.find(doc, service).size();
        Applied edit = apply(doc, "rename-service " + service + " " + renamed);
        Pattern name = Pattern.compile("(?<![A-Za-z0-9_.-])" + Pattern.quote(service) + "(?![A-Za-z0-9_.-])");
        assertThat(edit.diff.added()).as(edit.describe()).hasSameSizeAs(edit.diff.removed());
        for (int i = 0; i < edit.diff.removed().size(); i++) {
            assertThat(edit.diff.added().get(i)).as(edit.describe())
                    .isEqualTo(name.matcher(edit.diff.removed().get(i)).replaceFirst(Matcher.quoteReplacement(renamed)));
        }
        assertThat(edit.diff.removed()).hasSize(references + 1);
        List<String> expectedOrder = new ArrayList<>();
        for (String key : ((YMap) ComposeEditor.effective(doc, ComposeEditor.path("services")).orElseThrow()).keys()) {
            expectedOrder.add(key.equals(service) ? renamed : key);
        }
        assertThat(((YMap) ComposeEditor.effective(edit.after, ComposeEditor.path("services")).orElseThrow()).keys())
                .containsExactlyElementsOf(expectedOrder);
        assertThat(ServiceReference.find(edit.after, service)).isEmpty();
        assertThat(ServiceReference.find(edit.after, renamed)).hasSize(references);
    }

    private static void allOps(ComposeDocument doc) throws Exception {
        String service = firstService(doc);
        DocumentStore store = DocumentStore.of(doc);
        CommandStack stack = new CommandStack(store);
        List<String> ops = new ArrayList<>(List.of("set-image " + service + " " + IMAGE,
                "set-env " + service + " " + ENV_KEY + " on", "add-port " + service + " " + PORT));
        if (!ComposeEditor.service(doc, service).orElseThrow().has("network_mode")) {
            ops.add("attach-network " + service + " " + NETWORK);
        }
        ops.add("rename-service " + service + " " + service + "_renamed");
        for (String op : ops) {
            assertThat(stack.execute(EditOps.parse(NAME, op))).as(op).isTrue();
        }
        byte[] edited = store.get(NAME).toBytes();
        assertThat(new DocumentParser().parse(NAME, null, edited).text()).isEqualTo(store.get(NAME).text());
        while (stack.canUndo()) {
            stack.undo();
        }
        assertThat(store.get(NAME).toBytes()).isEqualTo(doc.toBytes());
        while (stack.canRedo()) {
            stack.redo();
        }
        assertThat(store.get(NAME).toBytes()).isEqualTo(edited);
    }

    /** One op applied through a command stack, with the checks every op must pass. */
    private record Applied(String op, ComposeDocument before, ComposeDocument after, LineDiff diff) {
        String describe() {
            return "'" + op + "' changed:\n" + diff;
        }
    }

    private static Applied apply(ComposeDocument doc, String op) throws Exception {
        DocumentStore store = DocumentStore.of(doc);
        CommandStack stack = new CommandStack(store);
        Command command = EditOps.parse(NAME, op);
        assertThat(stack.execute(command)).as(op).isTrue();
        ComposeDocument after = store.get(NAME);
        byte[] edited = after.toBytes();

        ComposeDocument reparsed = new DocumentParser().parse(NAME, null, edited);
        assertThat(Resolved.of(reparsed.tree())).isEqualTo(Resolved.of(after.tree()));
        assertThat(after.text().endsWith("\n")).as("final newline kept as it was").isEqualTo(doc.text().endsWith("\n"));
        assertThat(after.text().contains("\r")).as("line breaks kept").isEqualTo(doc.text().contains("\r"));
        if (command instanceof ServiceCommand serviceCommand) {
            assertOthersUnchanged(doc, after, serviceCommand.service);
        }

        stack.undo();
        assertThat(store.get(NAME).toBytes()).as("undo gives the original bytes").isEqualTo(doc.toBytes());
        stack.redo();
        assertThat(store.get(NAME).toBytes()).as("redo gives the edited bytes").isEqualTo(edited);
        return new Applied(op, doc, after, LineDiff.of(doc.text(), after.text()));
    }

    private static void assertOthersUnchanged(ComposeDocument before, ComposeDocument after, String edited) {
        Map<?, ?> was = (Map<?, ?>) Resolved.of(ComposeEditor.effective(before, ComposeEditor.path("services")).orElseThrow());
        Map<?, ?> now = (Map<?, ?>) Resolved.of(ComposeEditor.effective(after, ComposeEditor.path("services")).orElseThrow());
        for (Map.Entry<?, ?> e : was.entrySet()) {
            if (!e.getKey().equals(edited)) {
                assertThat(now.get(e.getKey())).as("service %s unchanged", e.getKey()).isEqualTo(e.getValue());
            }
        }
    }

    private static YMap serviceAfter(Applied edit, String service) {
        return ComposeEditor.service(edit.after, service).orElseThrow();
    }

    private static List<String> stripped(List<String> lines) {
        return lines.stream().map(String::strip).toList();
    }
}
