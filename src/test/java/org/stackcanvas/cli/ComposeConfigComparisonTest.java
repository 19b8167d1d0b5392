package org.stackcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code config} agrees with Compose itself (Debian's docker-compose v1) on services, images,
 * environment, networks, ports, volume targets and depends_on for every corpus project v1 accepts.
 * In CI Compose must be installed; elsewhere the test is skipped with a message when it is missing.
 */
class ComposeConfigComparisonTest {

    static Stream<Path> corpusFiles() throws IOException {
        Path corpus = Path.of(System.getProperty("stackcanvas.corpus", "../shared/corpus")).resolve("awesome-compose");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(corpus)) {
            for (Path dir : dirs.sorted().toList()) {
                for (String name : List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml")) {
                    if (Files.isRegularFile(dir.resolve(name))) {
                        files.add(dir.resolve(name));
                        break;
                    }
                }
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void agreesWithDockerCompose(Path file) throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/docker-compose"));
        if (System.getenv("CI") != null) {
            assertThat(installed).as("docker-compose must be installed in CI (.ci/run installs it)").isTrue();
        }
        Assumptions.assumeTrue(installed, "docker-compose (v1) is not installed: comparison skipped");

        Process compose = new ProcessBuilder("docker-compose", "-f", file.toString(), "config")
                .directory(file.getParent().toFile()).redirectErrorStream(false).start();
        byte[] theirs = compose.getInputStream().readAllBytes();
        compose.getErrorStream().readAllBytes();
        assertThat(compose.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeTrue(compose.exitValue() == 0, "docker-compose v1 rejects " + file + " (v2-only syntax)");

        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        int code = new Cli(System.getenv(), file.getParent()).run(new String[] {"config", "-f", file.toString()},
                new PrintStream(ours, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(code).isZero();

        assertThat(facts(load(ours.toString(StandardCharsets.UTF_8))))
                .isEqualTo(facts(load(new String(theirs, StandardCharsets.UTF_8))));
    }

    private static Map<String, Object> load(String yaml) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    /** The facts both tools must agree on, normalised so that spelling differences do not count. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> facts(Map<String, Object> config) {
        Map<String, Object> out = new TreeMap<>();
        Map<String, Object> services = (Map<String, Object>) config.getOrDefault("services", Map.of());
        for (Map.Entry<String, Object> e : services.entrySet()) {
            Map<String, Object> s = (Map<String, Object>) e.getValue();
            Map<String, Object> f = new TreeMap<>();
            f.put("image", String.valueOf(s.get("image")));
            Map<String, String> env = new TreeMap<>();
            ((Map<String, Object>) s.getOrDefault("environment", Map.of()))
                    .forEach((k, v) -> env.put(k, v == null ? "" : String.valueOf(v)));
            f.put("environment", env);
            TreeSet<String> networks = new TreeSet<>(((Map<String, Object>) s.getOrDefault("networks", Map.of())).keySet());
            networks.remove("default");
            f.put("networks", networks);
            TreeSet<String> ports = new TreeSet<>();
            for (Object p : (List<Object>) s.getOrDefault("ports", List.of())) {
                ports.add(port(p));
            }
            f.put("ports", ports);
            List<String> targets = new ArrayList<>();
            for (Object v : (List<Object>) s.getOrDefault("volumes", List.of())) {
                targets.add(v instanceof Map<?, ?> m ? String.valueOf(m.get("target")) : target(String.valueOf(v)));
            }
            f.put("volumeTargets", new TreeSet<>(targets));
            Map<String, String> depends = new TreeMap<>();
            Object d = s.get("depends_on");
            if (d instanceof Map<?, ?> m) {
                m.forEach((k, v) -> depends.put(String.valueOf(k), v instanceof Map<?, ?> c
                        ? String.valueOf(c.get("condition")) : "service_started"));
            } else if (d instanceof List<?> l) {
                l.forEach(k -> depends.put(String.valueOf(k), "service_started"));
            }
            f.put("depends_on", depends);
            out.put(e.getKey(), f);
        }
        return out;
    }

    private static String port(Object p) {
        if (p instanceof Map<?, ?> m) {
            Object published = m.get("published");
            return (m.get("host_ip") == null ? "" : m.get("host_ip") + ":")
                    + (published == null ? "" : published + ":") + m.get("target") + "/"
                    + (m.get("protocol") == null ? "tcp" : m.get("protocol"));
        }
        String text = String.valueOf(p);
        return text.contains("/") ? text : text + "/tcp";
    }

    private static String target(String shortForm) {
        String[] parts = shortForm.split(":");
        return parts.length == 1 ? parts[0] : parts[1];
    }
}
