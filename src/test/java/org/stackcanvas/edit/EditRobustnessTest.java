package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stackcanvas.cli.EditOps;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YValue;

/**
 * Every op on every golden input, with values YAML likes to misread: each either fails with an
 * {@link EditException} (never another exception), or gives a file that parses, holds exactly the
 * value asked for as a string, leaves the other services alone and undoes to the input bytes.
 */
class EditRobustnessTest {

    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."), "src/test/resources/golden");
    private static final List<String> VALUES = List.of("yes", "a, b", "x #y", "a: b", "", "8080:80", "[1]", "*x",
            "null", "multi\nline", "café 🚀");

    @Test
    void everyOpEitherWorksExactlyOrFailsWithAnEditException() throws Exception {
        List<Path> inputs;
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            inputs = files.filter(p -> p.getFileName().toString().equals("input.yaml")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        int edits = 0;
        for (Path input : inputs) {
            ComposeDocument doc = new DocumentParser().parse("compose.yaml", null, Files.readAllBytes(input));
            List<String> services = new ArrayList<>();
            services(doc).keySet().forEach(name -> services.add((String) name));
            services.add("ghost");
            for (String service : services) {
                for (String value : VALUES) {
                    for (String op : ops(service, "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")) {
                        String problem = check(doc, op, service, value);
                        if (problem == null) {
                            edits++;
                        } else if (!problem.isEmpty()) {
                            problems.add(GOLDEN.relativize(input) + ": " + op.replace("\n", "\\n") + ": " + problem);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(edits).as("edits that succeeded").isGreaterThan(10_000);
    }

    private static List<String> ops(String s, String v) {
        return List.of("set-image " + s + " " + v, "set " + s + " restart " + v, "set " + s + " command " + v,
                "set-env " + s + " K " + v, "set-env " + s + " MODE " + v, "unset " + s + " environment",
                "unset-env " + s + " A", "unset-env " + s + " LOG", "add-service extra " + v, "remove-service " + s,
                "rename-service " + s + " renamed", "attach-network " + s + " n", "detach-network " + s + " front",
                "mount-volume " + s + " data /d", "mount-volume " + s + " ./x /d ro", "unmount-volume " + s + " /data",
                "add-port " + s + " 81:81", "remove-port " + s + " 80:80", "depends-on " + s + " db service_healthy");
    }

    /** null when the edit worked, "" when it was refused properly, else what went wrong. */
    private static String check(ComposeDocument doc, String op, String service, String value) throws Exception {
        DocumentStore store = DocumentStore.of(doc);
        CommandStack stack = new CommandStack(store);
        Command command = EditOps.parse("compose.yaml", op);
        try {
            if (!stack.execute(command)) {
                return "";
            }
        } catch (EditException e) {
            return e.getMessage().contains("invalid") ? "refused as invalid: " + e.getMessage() : "";
        } catch (RuntimeException e) {
            return "crashed: " + e;
        }
        ComposeDocument after = store.get("compose.yaml");
        new DocumentParser().parse("compose.yaml", null, after.toBytes());
        String wrong = valueProblem(after, op, service, value);
        if (wrong != null) {
            return wrong;
        }
        if (command instanceof ServiceCommand) {
            Map<?, ?> was = services(doc);
            Map<?, ?> now = services(after);
            for (Object other : was.keySet()) {
                if (!other.equals(service) && !was.get(other).equals(now.get(other))) {
                    return "changed service " + other;
                }
            }
        }
        stack.undo();
        if (!java.util.Arrays.equals(store.get("compose.yaml").toBytes(), doc.toBytes())) {
            return "undo did not restore the input";
        }
        return null;
    }

    private static String valueProblem(ComposeDocument after, String op, String service, String value) {
        YMap now = ComposeEditor.service(after, service).orElse(null);
        if (now == null) {
            return null;
        }
        String want = "NONE STRING:" + value;
        if (op.startsWith("set-image ") && !want.equals(Resolved.of(now.get("image")))) {
            return "image reads back as " + Resolved.of(now.get("image"));
        }
        if (op.startsWith("set " + service + " restart ") && !want.equals(Resolved.of(now.get("restart")))) {
            return "restart reads back as " + Resolved.of(now.get("restart"));
        }
        if (op.startsWith("set-env ")) {
            String key = op.split(" ")[2];
            YValue env = now.get("environment");
            boolean found = env instanceof YMap map ? want.equals(Resolved.of(map.get(key)))
                    : env instanceof YList list && list.items().stream().map(Resolved::of)
                            .anyMatch(("NONE STRING:" + key + "=" + value)::equals);
            if (!found) {
                return key + " reads back wrong: " + Resolved.of(env);
            }
        }
        return null;
    }

    private static Map<?, ?> services(ComposeDocument doc) {
        YValue services = ComposeEditor.effective(doc, ComposeEditor.path("services")).orElse(null);
        return services instanceof YMap ? (Map<?, ?>) Resolved.of(services) : Map.of();
    }
}
