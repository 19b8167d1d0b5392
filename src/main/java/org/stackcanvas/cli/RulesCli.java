package org.stackcanvas.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stackcanvas.check.Rule;
import org.stackcanvas.check.RuleRegistry;
import org.stackcanvas.export.JsonText;

/** {@code rules}: lists the lint rules with their ids, severities and explanations. */
final class RulesCli implements CliCommand {

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public String summary() {
        return "list the lint rules";
    }

    @Override
    public String help() {
        return """
                Usage: stackcanvas rules [--format text|json]

                Lists every rule 'lint' applies: id, default severity, category, whether it is on by
                default, and (in json) why it matters with a link to the documentation.

                Exit status: 0, or 2 on wrong usage.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        ArgReader reader = new ArgReader("rules", args);
        String format = "text";
        while (reader.hasNext()) {
            String a = reader.take();
            if (a.equals("--format")) {
                format = reader.value(a);
            } else if (a.startsWith("-")) {
                throw reader.unknown(a);
            } else {
                throw new UsageException("rules: unexpected argument '" + a + "'");
            }
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("rules: --format is text or json, not '" + format + "'");
        }
        List<Rule> rules = RuleRegistry.standard().rules();
        if (format.equals("json")) {
            List<Object> items = new ArrayList<>();
            for (Rule r : rules) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.id());
                m.put("severity", r.defaultSeverity().word());
                m.put("category", r.category().name().toLowerCase());
                m.put("enabled", r.enabledByDefault());
                m.put("title", r.title());
                m.put("why", r.why());
                items.add(m);
            }
            out.print(JsonText.write(items));
        } else {
            for (Rule r : rules) {
                out.printf("%-40s %-8s %-12s %s%s%n", r.id(), r.defaultSeverity().word(),
                        r.category().name().toLowerCase(), r.title(), r.enabledByDefault() ? "" : " (off by default)");
            }
        }
        out.flush();
        return Cli.OK;
    }
}
