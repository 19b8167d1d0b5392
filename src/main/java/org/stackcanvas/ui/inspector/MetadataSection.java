package org.stackcanvas.ui.inspector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;
import org.stackcanvas.edit.SetKeyValueCommand;
import org.stackcanvas.edit.SetListAttributeCommand;
import org.stackcanvas.model.KeyValue;

/** {@code profiles} (comma separated) and {@code labels}. */
final class MetadataSection extends InspectorSection {

    private final CommitField profiles = new CommitField("profiles");
    private final KeyValueTable labels;
    private ServiceContext ctx;

    MetadataSection() {
        super("Profiles and labels", "section-metadata");
        profiles.prompt("dev, debug").onCommit(text -> {
            List<String> names = Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            return ctx.execute(new SetListAttributeCommand(ctx.doc("profiles"), ctx.name(), List.of("profiles"),
                    names.isEmpty() ? null : names));
        });
        labels = new KeyValueTable("labels",
                (key, value) -> ctx.execute(new SetKeyValueCommand(ctx.doc("labels"), ctx.name(), List.of("labels"),
                        key, value)),
                key -> ctx.execute(new SetKeyValueCommand(ctx.doc("labels"), ctx.name(), List.of("labels"), key,
                        null)));
        row("Profiles", profiles);
        row("Labels", labels);
    }

    @Override
    void update(ServiceContext c) {
        this.ctx = c;
        List<String> names = new ArrayList<>();
        if (c.raw("profiles").orElse(null) instanceof YList list) {
            for (YValue item : list.items()) {
                if (item instanceof YScalar s) {
                    names.add(s.text());
                }
            }
        }
        profiles.show(String.join(", ", names), String.join(", ", c.service().profiles()));
        List<KeyValueTable.Row> rows = new ArrayList<>();
        for (KeyValue kv : c.service().labels()) {
            rows.add(new KeyValueTable.Row(kv.key(), BuildSection.rawEntry(c.raw("labels").orElse(null), kv.key()),
                    kv.value().orElse("")));
        }
        labels.show(rows);
    }
}
