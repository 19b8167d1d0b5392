package org.stackcanvas.ui.inspector;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import org.stackcanvas.edit.SetAttributeCommand;
import org.stackcanvas.edit.SetNestedAttributeCommand;

/** How the container runs: restart policy, user, read-only root, resource limits. */
final class RuntimeSection extends InspectorSection {

    static final List<String> RESTART = List.of("", "no", "always", "on-failure", "unless-stopped");

    private final ComboBox<String> restart = new ComboBox<>(FXCollections.observableArrayList(RESTART));
    private final CommitField user = new CommitField("user");
    private final CheckBox readOnly = new CheckBox("read-only root file system");
    private final CommitField cpus = new CommitField("limits-cpus");
    private final CommitField memory = new CommitField("limits-memory");
    private ServiceContext ctx;
    private boolean updating;

    RuntimeSection() {
        super("Runtime", "section-runtime");
        restart.setId("restart");
        restart.setMaxWidth(Double.MAX_VALUE);
        restart.valueProperty().addListener((obs, old, value) -> {
            if (!updating && value != null) {
                ctx.execute(new SetAttributeCommand(ctx.doc("restart"), ctx.name(), "restart",
                        value.isEmpty() ? null : value));
            }
        });
        user.prompt("uid[:gid]").onCommit(text -> ctx.execute(new SetAttributeCommand(ctx.doc("user"), ctx.name(),
                "user", BuildSection.blankToNull(text))));
        readOnly.setId("read_only");
        readOnly.setOnAction(e -> ctx.execute(new SetAttributeCommand(ctx.doc("read_only"), ctx.name(), "read_only",
                readOnly.isSelected() ? "true" : null)));
        cpus.prompt("0.5").validator(Validators.CPUS).onCommit(text -> limit("cpus", text));
        memory.prompt("512M").validator(Validators.SIZE).onCommit(text -> limit("memory", text));
        row("Restart", restart);
        row("User", user);
        row("", readOnly);
        row("CPU limit", cpus);
        row("Memory limit", memory);
    }

    private boolean limit(String key, String text) {
        return ctx.execute(new SetNestedAttributeCommand(ctx.doc("deploy"), ctx.name(),
                List.of("deploy", "resources", "limits", key), BuildSection.blankToNull(text)));
    }

    @Override
    void update(ServiceContext c) {
        this.ctx = c;
        updating = true;
        try {
            String policy = c.rawText("restart");
            if (!restart.getItems().contains(policy)) {
                restart.getItems().add(policy);
            }
            restart.setValue(policy);
            readOnly.setSelected(c.service().readOnly().orElse(false));
        } finally {
            updating = false;
        }
        user.show(c.rawText("user"), c.resolvedText("user"));
        cpus.show(c.rawText("deploy", "resources", "limits", "cpus"),
                c.resolvedText("deploy", "resources", "limits", "cpus"));
        memory.show(c.rawText("deploy", "resources", "limits", "memory"),
                c.resolvedText("deploy", "resources", "limits", "memory"));
    }
}
