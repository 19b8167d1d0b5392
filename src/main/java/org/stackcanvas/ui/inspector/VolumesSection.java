package org.stackcanvas.ui.inspector;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.stackcanvas.edit.MountVolumeCommand;
import org.stackcanvas.edit.UnmountVolumeCommand;
import org.stackcanvas.model.ServiceVolume;
import org.stackcanvas.model.VolumeSyntax;
import org.stackcanvas.document.SourceLocation;

/** {@code volumes}: source, target and read-only per mount; add and remove mounts. */
final class VolumesSection extends InspectorSection {

    private final GridPane table = new GridPane();
    private final TextField newSource = new TextField();
    private final TextField newTarget = new TextField();
    private final CheckBox newReadOnly = new CheckBox("ro");
    private final Label error = new Label();
    private List<ServiceVolume> shown = List.of();
    private ServiceContext ctx;

    VolumesSection() {
        super("Volumes", "section-volumes");
        table.getStyleClass().add("kv-grid");
        newSource.setId("volumes-new-source");
        newSource.setPromptText("data or ./host");
        newTarget.setId("volumes-new-target");
        newTarget.setPromptText("/container/path");
        newTarget.setOnAction(e -> add());
        error.getStyleClass().add("field-error");
        error.setVisible(false);
        error.setManaged(false);
        GridPane.setHgrow(newSource, Priority.ALWAYS);
        GridPane.setHgrow(newTarget, Priority.ALWAYS);
        wide(new VBox(4, table, error));
    }

    private void add() {
        String source = newSource.getText().trim();
        String target = newTarget.getText().trim();
        String spec = source + ":" + target + (newReadOnly.isSelected() ? ":ro" : "");
        var parsed = VolumeSyntax.parse(spec, SourceLocation.UNKNOWN);
        String problem = source.isEmpty() || target.isEmpty() ? "give a source and a target" : parsed.errorMessage();
        error.setText(problem);
        error.setVisible(!problem.isEmpty());
        error.setManaged(!problem.isEmpty());
        if (problem.isEmpty() && ctx.execute(new MountVolumeCommand(ctx.doc("volumes"), ctx.name(), source, target,
                newReadOnly.isSelected()))) {
            newSource.clear();
            newTarget.clear();
            newReadOnly.setSelected(false);
        }
    }

    @Override
    void update(ServiceContext c) {
        this.ctx = c;
        List<ServiceVolume> volumes = c.service().volumes().stream()
                .map(v -> v.withLocation(SourceLocation.UNKNOWN)).toList();
        if (Objects.equals(volumes, shown)) {
            return;
        }
        shown = volumes;
        table.getChildren().clear();
        int r = 0;
        for (ServiceVolume v : c.service().volumes()) {
            String source = v.source().orElse("(" + v.type().yamlName() + ")");
            CheckBox ro = new CheckBox("ro");
            ro.setSelected(v.readOnly());
            ro.getStyleClass().add("volume-read-only");
            ro.setUserData(v.target());
            ro.setDisable(v.source().isEmpty());
            ro.setOnAction(e -> ctx.execute(new MountVolumeCommand(ctx.doc("volumes"), ctx.name(), v.source().get(),
                    v.target(), ro.isSelected())));
            Button remove = new Button("\u2212");
            remove.getStyleClass().addAll("volume-remove", "flat");
            remove.setUserData(v.target());
            remove.setOnAction(e -> ctx.execute(new UnmountVolumeCommand(ctx.doc("volumes"), ctx.name(), v.target())));
            table.addRow(r++, new Label(source), new Label(v.target()), ro, remove);
        }
        Button add = new Button("+");
        add.setId("volumes-add");
        add.getStyleClass().add("flat");
        add.setOnAction(e -> add());
        table.addRow(r, newSource, newTarget, newReadOnly, add);
    }
}
