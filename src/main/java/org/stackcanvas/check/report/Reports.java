package org.stackcanvas.check.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.Rule;
import org.stackcanvas.check.RuleRegistry;
import org.stackcanvas.check.Severity;
import org.stackcanvas.export.JsonText;

/** Writes findings as text (file:line:col), JSON, or SARIF 2.1.0 for GitHub code scanning. */
public final class Reports {

    private Reports() {
    }

    public static String text(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(f.describe()).append('\n');
        }
        return out.toString();
    }

    public static String json(List<Finding> findings) {
        List<Object> items = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.ruleId());
            m.put("severity", f.severity().word());
            m.put("message", f.message());
            m.put("file", f.location().file());
            m.put("line", f.location().line());
            m.put("column", f.location().column());
            m.put("path", f.modelPath().stream().map(String::valueOf).toList());
            f.fix().ifPresent(x -> m.put("fix", x.description()));
            items.add(m);
        }
        return JsonText.write(items);
    }

    /**
     * SARIF 2.1.0. {@code base} turns file names into URIs relative to the repository root (what
     * GitHub needs to place the annotations); names are already relative to the project folder.
     */
    public static String sarif(List<Finding> findings, RuleRegistry registry, String version, Path projectFromBase) {
        Set<String> used = new LinkedHashSet<>();
        findings.forEach(f -> used.add(f.ruleId()));
        List<Object> rules = new ArrayList<>();
        List<String> ruleIds = new ArrayList<>();
        for (Rule r : registry.rules()) {
            if (!used.contains(r.id())) {
                continue;
            }
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", r.id());
            rule.put("name", camel(r.id()));
            rule.put("shortDescription", Map.of("text", r.title()));
            rule.put("fullDescription", Map.of("text", r.why()));
            rule.put("help", Map.of("text", r.why(), "markdown", "**" + r.title() + "**\n\n" + r.why()));
            rule.put("defaultConfiguration", Map.of("level", level(r.defaultSeverity())));
            rule.put("properties", Map.of("tags", List.of(r.category().name().toLowerCase())));
            rules.add(rule);
            ruleIds.add(r.id());
        }
        List<Object> results = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", f.ruleId());
            if (ruleIds.contains(f.ruleId())) {
                result.put("ruleIndex", ruleIds.indexOf(f.ruleId()));
            }
            result.put("level", level(f.severity()));
            result.put("message", Map.of("text", f.message()));
            Map<String, Object> physical = new LinkedHashMap<>();
            String uri = uri(projectFromBase, f.location().file());
            physical.put("artifactLocation", Map.of("uri", uri, "uriBaseId", "%SRCROOT%"));
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", Math.max(1, f.location().line()));
            region.put("startColumn", Math.max(1, f.location().column()));
            physical.put("region", region);
            result.put("locations", List.of(Map.of("physicalLocation", physical)));
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "StackCanvas");
        driver.put("version", version);
        driver.put("informationUri", "https://github.com/stackcanvas/stackcanvas");
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return JsonText.write(log);
    }

    private static String uri(Path projectFromBase, String file) {
        String f = file.isEmpty() ? "." : file;
        if (f.startsWith("/")) {
            return "file://" + f;
        }
        Path p = projectFromBase == null ? Path.of(f) : projectFromBase.resolve(f).normalize();
        return p.toString().replace('\\', '/').replace(" ", "%20");
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String camel(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
