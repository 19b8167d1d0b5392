package org.stackcanvas.ui.inspector;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.stackcanvas.document.YList;
import org.stackcanvas.edit.SetListAttributeCommand;
import org.stackcanvas.edit.SetNestedAttributeCommand;
import org.stackcanvas.model.CommandSyntax;

/** {@code healthcheck}: test, timings (validated durations) and retries. */
final class HealthcheckSection extends InspectorSection {

    private final CommitField test = new CommitField("healthcheck-test");
    private final CommitField interval = new CommitField("healthcheck-interval");
    private final CommitField timeout = new CommitField("healthcheck-timeout");
    private final CommitField retries = new CommitField("healthcheck-retries");
    private final CommitField startPeriod = new CommitField("healthcheck-start_period");
    private ServiceContext ctx;

    HealthcheckSection() {
        super("Healthcheck", "section-healthcheck");
        test.prompt("CMD-SHELL curl -f http://localhost/ || exit 1").onCommit(this::writeTest);
        timing(interval, "interval", Validators.DURATION, "30s");
        timing(timeout, "timeout", Validators.DURATION, "30s");
        timing(retries, "retries", Validators.COUNT, "3");
        timing(startPeriod, "start_period", Validators.DURATION, "0s");
        row("Test", test);
        row("Interval", interval);
        row("Timeout", timeout);
        row("Retries", retries);
        row("Start period", startPeriod);
    }

    private void timing(CommitField field, String key, Function<String, Optional<String>> check, String prompt) {
        field.prompt(prompt).validator(check).onCommit(text -> ctx.execute(new SetNestedAttributeCommand(
                ctx.doc("healthcheck"), ctx.name(), List.of("healthcheck", key), BuildSection.blankToNull(text))));
    }

    private boolean writeTest(String text) {
        String doc = ctx.doc("healthcheck");
        if (!text.isBlank() && ctx.raw("healthcheck", "test").orElse(null) instanceof YList) {
            var words = CommandSyntax.parse(text);
            if (!words.isOk()) {
                return false;
            }
            return ctx.execute(new SetListAttributeCommand(doc, ctx.name(), List.of("healthcheck", "test"),
                    words.get().tokens()));
        }
        return ctx.execute(new SetNestedAttributeCommand(doc, ctx.name(), List.of("healthcheck", "test"),
                BuildSection.blankToNull(text)));
    }

    @Override
    void update(ServiceContext c) {
        this.ctx = c;
        test.show(CommandSection.line(c.raw("healthcheck", "test").orElse(null)),
                CommandSection.line(c.resolved("healthcheck", "test").orElse(null)));
        interval.show(c.rawText("healthcheck", "interval"), c.resolvedText("healthcheck", "interval"));
        timeout.show(c.rawText("healthcheck", "timeout"), c.resolvedText("healthcheck", "timeout"));
        retries.show(c.rawText("healthcheck", "retries"), c.resolvedText("healthcheck", "retries"));
        startPeriod.show(c.rawText("healthcheck", "start_period"), c.resolvedText("healthcheck", "start_period"));
    }
}
