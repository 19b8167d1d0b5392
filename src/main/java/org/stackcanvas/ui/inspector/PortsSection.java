package org.stackcanvas.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.stackcanvas.document.BlockWriter;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;
import org.stackcanvas.edit.PortCommand;

/** {@code ports}: the published ports, a new one validated as it is typed. */
final class PortsSection extends InspectorSection {

    private final VBox rows = new VBox(2);
    private final CommitField newPort = new CommitField("ports-new");
    private List<String> shown = List.of();
    private ServiceContext ctx;

    PortsSection() {
        super("Ports", "section-ports");
        rows.getStyleClass().add("item-list");
        newPort.prompt("8080:80").validator(text -> text.isEmpty() ? Optional.empty() : Validators.PORT.apply(text))
                .onCommit(text -> {
                    if (text.isBlank() || !ctx.execute(PortCommand.add(ctx.doc("ports"), ctx.name(), text.trim()))) {
                        return false;
                    }
                    newPort.textField().clear();
                    return false; // the field stays a blank "add" field
                });
        Button add = new Button("+");
        add.setId("ports-add");
        add.getStyleClass().add("flat");
        add.setOnAction(e -> newPort.commit());
        HBox.setHgrow(newPort, Priority.ALWAYS);
        wide(rows);
        wide(new HBox(6, newPort, add));
    }

    @Override
    void update(ServiceContext c) {
        this.ctx = c;
        List<String> items = new ArrayList<>();
        List<Boolean> removable = new ArrayList<>();
        if (c.raw("ports").orElse(null) instanceof YList list) {
            for (YValue item : list.items()) {
                items.add(item instanceof YScalar s ? s.text() : BlockWriter.flow(BlockWriter.plain(item)));
                removable.add(item instanceof YScalar);
            }
        }
        if (items.equals(shown)) {
            return;
        }
        shown = items;
        rows.getChildren().clear();
        for (int i = 0; i < items.size(); i++) {
            String spec = items.get(i);
            Label label = new Label(spec);
            label.getStyleClass().add("item-text");
            HBox.setHgrow(label, Priority.ALWAYS);
            label.setMaxWidth(Double.MAX_VALUE);
            Button remove = new Button("\u2212");
            remove.getStyleClass().addAll("port-remove", "flat");
            remove.setUserData(spec);
            remove.setDisable(!removable.get(i));
            remove.setOnAction(e -> ctx.execute(PortCommand.remove(ctx.doc("ports"), ctx.name(), spec)));
            rows.getChildren().add(new HBox(6, label, remove));
        }
    }
}
