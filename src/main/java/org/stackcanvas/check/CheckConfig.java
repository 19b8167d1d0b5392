package org.stackcanvas.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Per-project rule settings from {@code .stackcanvas.yaml} in the project folder:
 * <pre>
 * rules:
 *   no-privileged: off        # turn a rule off (also: false)
 *   no-healthcheck: warning   # change its severity (error, warning, info)
 *   service-key-order: on     # turn on a rule that is off by default
 * </pre>
 */
public record CheckConfig(Map<String, Boolean> enabled, Map<String, Severity> severities) {

    public static final String FILE_NAME = ".stackcanvas.yaml";

    public CheckConfig {
        enabled = Map.copyOf(enabled);
        severities = Map.copyOf(severities);
    }

    public static CheckConfig defaults() {
        return new CheckConfig(Map.of(), Map.of());
    }

    public boolean isEnabled(Rule rule) {
        return enabled.getOrDefault(rule.id(), rule.enabledByDefault());
    }

    public Severity severityOf(Rule rule) {
        return severities.getOrDefault(rule.id(), rule.defaultSeverity());
    }

    public CheckConfig with(String ruleId, boolean on) {
        Map<String, Boolean> copy = new LinkedHashMap<>(enabled);
        copy.put(ruleId, on);
        return new CheckConfig(copy, severities);
    }

    /** The folder's {@code .stackcanvas.yaml}, or the defaults when there is none. */
    public static CheckConfig load(Path directory) throws DocumentException {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        try {
            return parse(Files.readString(file), FILE_NAME);
        } catch (IOException e) {
            throw new DocumentException(SourceLocation.file(FILE_NAME).withoutPosition(),
                    "cannot read the file: " + e.getMessage());
        }
    }

    public static CheckConfig parse(String text, String name) throws DocumentException {
        Object data;
        try {
            data = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            throw new DocumentException(SourceLocation.file(name), "not valid YAML: " + e.getMessage());
        }
        Map<String, Boolean> enabled = new LinkedHashMap<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        if (data instanceof Map<?, ?> top && top.get("rules") instanceof Map<?, ?> rules) {
            for (Map.Entry<?, ?> e : rules.entrySet()) {
                String id = String.valueOf(e.getKey());
                Object v = e.getValue();
                String word = v instanceof Boolean b ? (b ? "on" : "off") : String.valueOf(v).trim().toLowerCase();
                Optional<Severity> severity = Severity.parse(word);
                if (severity.isPresent()) {
                    severities.put(id, severity.get());
                    enabled.put(id, true);
                } else if (List.of("off", "false", "no", "disabled").contains(word)) {
                    enabled.put(id, false);
                } else if (List.of("on", "true", "yes", "enabled").contains(word)) {
                    enabled.put(id, true);
                } else {
                    throw new DocumentException(SourceLocation.file(name), "rule " + id + ": '" + v
                            + "' is not on, off, error, warning or info");
                }
            }
        } else if (data != null && !(data instanceof Map<?, ?>)) {
            throw new DocumentException(SourceLocation.file(name), "expected a mapping with a 'rules:' key");
        }
        Objects.requireNonNull(name, "name");
        return new CheckConfig(enabled, severities);
    }
}
