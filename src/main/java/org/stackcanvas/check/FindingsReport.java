package org.stackcanvas.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.model.Service;

/** The last step of a check: what the config and the suppressions let through, in report order. */
final class FindingsReport {

    private FindingsReport() {
    }

    /**
     * Drops findings of rules the config turns off and those a {@code # stackcanvas-ignore}
     * suppresses, applies the config's severities, says a load error once when a rule already
     * reports its line, and sorts for the report.
     *
     * @param context null when the files could not be loaded (no service-wide suppressions then)
     */
    static List<Finding> of(List<Finding> raw, RuleRegistry registry, CheckConfig config,
            List<ComposeDocument> documents, CheckContext context) {
        Suppressions suppressions = new Suppressions(documents);
        List<Finding> out = new ArrayList<>();
        // Per rule id: the severity to report (empty: unknown rule, keep the finding's); absent when off.
        Map<String, Optional<Optional<Severity>>> verdicts = new HashMap<>();
        String lastRule = null;
        Optional<Optional<Severity>> verdict = Optional.empty();
        for (Finding f : raw) {
            // Findings come in runs of one rule; looking the rule up once per run is a third of this loop.
            if (!f.ruleId().equals(lastRule)) {
                lastRule = f.ruleId();
                verdict = verdicts.computeIfAbsent(f.ruleId(), id -> {
                    Optional<Rule> rule = registry.find(id);
                    return rule.isEmpty() || config.isEnabled(rule.get())
                            ? Optional.of(rule.map(config::severityOf)) : Optional.empty();
                });
            }
            if (verdict.isEmpty()) {
                continue;
            }
            Optional<Severity> severity = verdict.get();
            if (!suppressions.isEmpty()) {
                Optional<SourceLocation> serviceKey = Optional.empty();
                if (context != null && f.modelPath().size() >= 2 && "services".equals(f.modelPath().get(0))) {
                    serviceKey = context.model().service(String.valueOf(f.modelPath().get(1))).map(Service::location);
                }
                if (suppressions.suppresses(f, serviceKey)) {
                    continue;
                }
            }
            out.add(severity.isEmpty() || severity.get() == f.severity() ? f : f.withSeverity(severity.get()));
        }
        // The loader stops at its first error; when a rule already reports that line, say it once.
        out.removeIf(f -> f.ruleId().equals(EngineRule.PROJECT_LOAD) && out.stream().anyMatch(o -> o != f
                && o.severity() == Severity.ERROR && o.location().file().equals(f.location().file())
                && o.location().line() == f.location().line() && f.location().isKnown()));
        out.sort(REPORT_ORDER);
        return out;
    }

    /**
     * File, line, column, rule, message. Written out rather than chained: sorting some 7,000
     * findings after every edit spent most of its time in the chain's lambdas.
     */
    private static final Comparator<Finding> REPORT_ORDER = (a, b) -> {
        SourceLocation x = a.location();
        SourceLocation y = b.location();
        int c = x.file() == y.file() ? 0 : x.file().compareTo(y.file());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(x.line(), y.line());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(x.column(), y.column());
        if (c != 0) {
            return c;
        }
        c = a.ruleId() == b.ruleId() ? 0 : a.ruleId().compareTo(b.ruleId());
        return c != 0 ? c : a.message().compareTo(b.message());
    };
}
