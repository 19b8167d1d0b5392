package org.stackcanvas.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.stackcanvas.edit.AttachNetworkCommand;
import org.stackcanvas.edit.DetachNetworkCommand;

/** {@code networks}: a check box per network of the project. */
final class NetworksSection extends InspectorSection {

    private final FlowPane boxes = new FlowPane(10, 4);
    private final Label note = new Label();
    private List<String> shown = List.of();
    private ServiceContext ctx;
    private boolean updating;

    NetworksSection() {
        super("Networks", "section-networks");
        note.getStyleClass().add("hint");
        wide(boxes);
        wide(note);
    }

    @Override
    void update(ServiceContext c) {
        this.ctx = c;
        List<String> names = new ArrayList<>(c.session().snapshot().model().networks().keySet());
        for (String joined : c.service().networkNames()) {
            if (!names.contains(joined)) {
                names.add(joined);
            }
        }
        if (!names.equals(shown)) {
            shown = names;
            boxes.getChildren().clear();
            for (String name : names) {
                CheckBox box = new CheckBox(name);
                box.getStyleClass().add("network-choice");
                box.setUserData(name);
                box.selectedProperty().addListener((obs, was, selected) -> {
                    if (!updating) {
                        toggle(name, selected);
                    }
                });
                boxes.getChildren().add(box);
            }
        }
        boolean fixedMode = c.service().networkMode().isPresent();
        note.setText(fixedMode ? "network_mode: " + c.service().networkMode().get() + " replaces networks"
                : names.isEmpty() ? "The project declares no networks; services join the default network." : "");
        updating = true;
        try {
            boxes.getChildren().forEach(n -> {
                CheckBox box = (CheckBox) n;
                box.setSelected(c.service().networkNames().contains((String) box.getUserData()));
                box.setDisable(fixedMode);
            });
        } finally {
            updating = false;
        }
    }

    private void toggle(String network, boolean join) {
        String doc = ctx.doc("networks");
        if (!(join ? ctx.execute(new AttachNetworkCommand(doc, ctx.name(), network))
                : ctx.execute(new DetachNetworkCommand(doc, ctx.name(), network)))) {
            update(ctx); // refused: show the real state again
        }
    }
}
