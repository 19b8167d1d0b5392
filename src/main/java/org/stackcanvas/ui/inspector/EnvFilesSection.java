package org.stackcanvas.ui.inspector;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.stackcanvas.edit.ListItemCommand;
import org.stackcanvas.model.EnvFile;

/** {@code env_file}: the files, each with a button that opens it in the env file editor. */
final class EnvFilesSection extends InspectorSection {

    private final VBox rows = new VBox(2);
    private final CommitField newFile = new CommitField("env_file-new");
    private final Consumer<String> openEditor;
    private List<String> shown = null;
    private ServiceContext ctx;

    EnvFilesSection(Consumer<String> openEditor) {
        super("Env files", "section-env-files");
        this.openEditor = openEditor;
        newFile.prompt("./app.env").onCommit(text -> {
            if (!text.isBlank() && ctx.execute(ListItemCommand.add(ctx.doc("env_file"), ctx.name(), "env_file",
                    text.trim()))) {
                newFile.textField().clear();
            }
            return false;
        });
        wide(rows);
        wide(newFile);
    }

    @Override
    void update(ServiceContext c) {
        this.ctx = c;
        List<String> raw = c.service().envFiles().stream().map(EnvFile::path).toList();
        if (raw.equals(shown)) {
            return;
        }
        shown = raw;
        rows.getChildren().clear();
        List<String> written = writtenPaths(c);
        for (int i = 0; i < raw.size(); i++) {
            String path = i < written.size() ? written.get(i) : raw.get(i);
            Label label = new Label(path);
            label.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(label, Priority.ALWAYS);
            Button edit = new Button("Edit\u2026");
            edit.getStyleClass().addAll("env-file-edit", "flat");
            String modelPath = raw.get(i);
            edit.setOnAction(e -> openEditor.accept(modelPath));
            Button remove = new Button("\u2212");
            remove.getStyleClass().addAll("env-file-remove", "flat");
            remove.setOnAction(e -> ctx.execute(ListItemCommand.remove(ctx.doc("env_file"), ctx.name(), "env_file",
                    path)));
            rows.getChildren().add(new HBox(6, label, edit, remove));
        }
    }

    private static List<String> writtenPaths(ServiceContext c) {
        var raw = c.raw("env_file").orElse(null);
        if (raw instanceof org.stackcanvas.document.YScalar s) {
            return List.of(s.text());
        }
        if (raw instanceof org.stackcanvas.document.YList list) {
            return list.items().stream().map(v -> v instanceof org.stackcanvas.document.YScalar s ? s.text()
                    : v instanceof org.stackcanvas.document.YMap m ? m.text("path").orElse("") : "").toList();
        }
        return List.of();
    }
}
