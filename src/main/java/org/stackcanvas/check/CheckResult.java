package org.stackcanvas.check;

import java.util.List;
import java.util.Objects;

/**
 * The findings of one run, sorted by file, line, column and rule, and how much work the run did.
 *
 * @param servicesChecked services whose service rules ran
 * @param servicesReused  services whose findings came from the cache
 */
public record CheckResult(List<Finding> findings, int servicesChecked, int servicesReused, long nanos) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    public List<Finding> of(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
