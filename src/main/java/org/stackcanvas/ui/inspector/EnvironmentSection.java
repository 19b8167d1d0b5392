package org.stackcanvas.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import org.stackcanvas.edit.SetEnvironmentCommand;
import org.stackcanvas.model.EnvVar;

/** {@code environment}: one row per variable, in the form the file writes it. */
final class EnvironmentSection extends InspectorSection {

    private final KeyValueTable table;
    private ServiceContext ctx;

    EnvironmentSection() {
        super("Environment", "section-environment");
        table = new KeyValueTable("environment",
                (key, value) -> ctx.execute(new SetEnvironmentCommand(ctx.doc("environment"), ctx.name(), key, value)),
                key -> ctx.execute(SetEnvironmentCommand.unset(ctx.doc("environment"), ctx.name(), key)));
        wide(table);
    }

    @Override
    void update(ServiceContext c) {
        this.ctx = c;
        List<KeyValueTable.Row> rows = new ArrayList<>();
        for (EnvVar v : c.service().environment()) {
            rows.add(new KeyValueTable.Row(v.name(), BuildSection.rawEntry(c.raw("environment").orElse(null), v.name()),
                    v.value().orElse("")));
        }
        table.show(rows);
    }
}
