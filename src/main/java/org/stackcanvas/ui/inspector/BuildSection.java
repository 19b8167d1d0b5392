package org.stackcanvas.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;
import org.stackcanvas.edit.SetAttributeCommand;
import org.stackcanvas.edit.SetKeyValueCommand;
import org.stackcanvas.edit.SetNestedAttributeCommand;
import org.stackcanvas.model.KeyValue;

/** {@code build}: context, Dockerfile, target and build arguments. */
final class BuildSection extends InspectorSection {

    private final CommitField context = new CommitField("build-context");
    private final CommitField dockerfile = new CommitField("build-dockerfile");
    private final CommitField target = new CommitField("build-target");
    private final KeyValueTable args;
    private ServiceContext ctx;

    BuildSection() {
        super("Build", "section-build");
        context.prompt(".").onCommit(text -> {
            if (ctx.raw("build").orElse(null) instanceof YScalar || ctx.raw("build").isEmpty()) {
                return ctx.execute(new SetAttributeCommand(ctx.doc("build"), ctx.name(), "build", blankToNull(text)));
            }
            return nested("context", text);
        });
        dockerfile.prompt("Dockerfile").onCommit(text -> nested("dockerfile", text));
        target.onCommit(text -> nested("target", text));
        args = new KeyValueTable("build-args",
                (key, value) -> ctx.execute(new SetKeyValueCommand(ctx.doc("build"), ctx.name(), List.of("build", "args"),
                        key, value)),
                key -> ctx.execute(new SetKeyValueCommand(ctx.doc("build"), ctx.name(), List.of("build", "args"), key,
                        null)));
        row("Context", context);
        row("Dockerfile", dockerfile);
        row("Target", target);
        row("Arguments", args);
    }

    private boolean nested(String key, String text) {
        return ctx.execute(new SetNestedAttributeCommand(ctx.doc("build"), ctx.name(), List.of("build", key),
                blankToNull(text)));
    }

    static String blankToNull(String text) {
        return text.isBlank() ? null : text.trim();
    }

    @Override
    void update(ServiceContext c) {
        this.ctx = c;
        if (c.raw("build").orElse(null) instanceof YScalar s) {
            context.show(s.text(), c.resolvedText("build", "context"));
        } else {
            context.show(c.rawText("build", "context"), c.resolvedText("build", "context"));
        }
        dockerfile.show(c.rawText("build", "dockerfile"), c.resolvedText("build", "dockerfile"));
        target.show(c.rawText("build", "target"), c.resolvedText("build", "target"));
        List<KeyValueTable.Row> rows = new ArrayList<>();
        for (KeyValue kv : c.service().build().map(b -> b.args()).orElse(List.of())) {
            rows.add(new KeyValueTable.Row(kv.key(), rawEntry(c.raw("build", "args").orElse(null), kv.key()),
                    kv.value().orElse("")));
        }
        args.show(rows);
    }

    /** The value of {@code key} as written in a list ({@code KEY=value}) or mapping. */
    static String rawEntry(YValue container, String key) {
        if (container instanceof YMap map && map.get(key) instanceof YScalar s) {
            return s.kind() == YScalar.Kind.NULL ? "" : s.text();
        }
        if (container instanceof YList list) {
            for (YValue item : list.items()) {
                if (item instanceof YScalar s && s.text().startsWith(key + "=")) {
                    return s.text().substring(key.length() + 1);
                }
            }
        }
        return "";
    }
}
