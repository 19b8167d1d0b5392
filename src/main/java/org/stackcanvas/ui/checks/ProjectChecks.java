package org.stackcanvas.ui.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stackcanvas.check.CheckConfig;
import org.stackcanvas.check.CheckInput;
import org.stackcanvas.check.CheckResult;
import org.stackcanvas.check.Checker;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.Rule;
import org.stackcanvas.check.RuleRegistry;
import org.stackcanvas.check.SchemaValidator;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.ui.problems.Problem;
import org.stackcanvas.ui.problems.ProblemDetails;
import org.stackcanvas.ui.problems.Severity;
import org.stackcanvas.ui.session.ElementRef;
import org.stackcanvas.ui.session.ProjectSnapshot;
import org.stackcanvas.ui.yaml.ElementLocator;

/**
 * The standard checks of a snapshot as Problems rows: the project's {@code .stackcanvas.yaml}, the
 * validator, and for each finding its element, fix and rule explanation. Keeps one checker so a
 * re-check after an edit re-uses the findings of unchanged services. Not thread-safe: the runner
 * calls it from one thread at a time. The checker (and its schema) is made on the first call, off
 * the JavaFX thread.
 */
public final class ProjectChecks implements CheckRunner.Check {

    private static final Map<String, ElementRef.Kind> SECTIONS = Map.of(
            "services", ElementRef.Kind.SERVICE, "networks", ElementRef.Kind.NETWORK,
            "volumes", ElementRef.Kind.VOLUME, "secrets", ElementRef.Kind.SECRET, "configs", ElementRef.Kind.CONFIG);

    private final ElementLocator locator = new ElementLocator();
    private Checker checker;

    @Override
    public List<Problem> run(ProjectSnapshot snapshot) {
        if (checker == null) {
            checker = new Checker(RuleRegistry.standard(), new SchemaValidator());
        }
        List<Problem> out = new ArrayList<>();
        CheckConfig config;
        try {
            config = CheckConfig.load(snapshot.project().directory());
        } catch (DocumentException e) {
            config = CheckConfig.defaults();
            out.add(Problem.of(Severity.ERROR, CheckConfig.FILE_NAME + ": " + e.getMessage(), e.location()));
        }
        CheckResult result = checker.check(CheckInput.of(snapshot.project()), config);
        for (Finding f : result.findings()) {
            out.add(toProblem(f, checker.registry(), snapshot));
        }
        return out;
    }

    Problem toProblem(Finding f, RuleRegistry registry, ProjectSnapshot snapshot) {
        Optional<Rule> rule = registry.find(f.ruleId());
        ProblemDetails details = new ProblemDetails(element(f, snapshot), f.fix(),
                rule.map(Rule::title).orElse(""), rule.map(Rule::why).orElse(""));
        return new Problem(severity(f.severity()), f.ruleId(), f.message(), f.location(), details);
    }

    static Severity severity(org.stackcanvas.check.Severity severity) {
        return switch (severity) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case INFO -> Severity.INFO;
        };
    }

    /** The element of the finding's model path ({@code [services, web, ...]}), else the one defined at its line. */
    private Optional<ElementRef> element(Finding f, ProjectSnapshot snapshot) {
        List<Object> path = f.modelPath();
        if (path.size() >= 2 && SECTIONS.containsKey(String.valueOf(path.get(0)))) {
            ElementRef ref = new ElementRef(SECTIONS.get(String.valueOf(path.get(0))), String.valueOf(path.get(1)));
            if (snapshot.locationOf(ref).isPresent()) {
                return Optional.of(ref);
            }
        }
        return locator.elementAt(snapshot, f.location());
    }
}
