package org.stackcanvas.ui.inspector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.ui.session.EditorSession;

/**
 * Edits an env file itself (not the compose file): a key/value table over {@link EnvFileModel},
 * saved atomically with only the changed lines rewritten.
 */
public final class EnvFileEditor extends BorderPane {

    private final EditorSession session;
    private final String relativePath;
    private final KeyValueTable table;
    private final Label status = new Label();
    private final Button save = new Button("Save");
    private EnvFileModel model;

    /** @param relativePath the env file's path relative to the project directory (or absolute) */
    public EnvFileEditor(EditorSession session, String relativePath) {
        this.session = Objects.requireNonNull(session, "session");
        this.relativePath = Objects.requireNonNull(relativePath, "relativePath");
        getStyleClass().addAll("inspector-form", "env-file-editor");
        Label title = new Label(relativePath);
        title.getStyleClass().add("inspector-title");
        Label kind = new Label("env file");
        kind.getStyleClass().add("inspector-kind");
        table = new KeyValueTable("envfile", (key, value) -> {
            model.set(key, value);
            refresh();
            return true;
        }, key -> {
            model.remove(key);
            refresh();
            return true;
        });
        save.setId("envfile-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        status.setId("envfile-status");
        status.getStyleClass().add("hint");
        setTop(new VBox(title, kind));
        setCenter(table);
        setBottom(new HBox(8, save, status));
        reload();
    }

    public Path file() {
        Path p = Path.of(relativePath);
        return p.isAbsolute() ? p : session.snapshot().project().directory().resolve(p);
    }

    public EnvFileModel model() {
        return model;
    }

    /** Reads the file again, dropping unsaved changes. */
    public void reload() {
        try {
            model = EnvFileModel.load(file(), session.snapshot().project().environment().lookup());
            status.setText("");
        } catch (IOException e) {
            model = null;
            status.setText("cannot read " + relativePath + ": " + e.getMessage());
            table.setDisable(true);
            save.setDisable(true);
            return;
        }
        refresh();
    }

    public void save() {
        try {
            model.save();
            status.setText("Saved " + relativePath);
            session.setStatus("Saved " + relativePath);
        } catch (DocumentException e) {
            status.setText(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        List<KeyValueTable.Row> rows = model.entries().stream()
                .map(e -> new KeyValueTable.Row(e.key(), e.raw(), e.resolved())).toList();
        table.show(rows);
        save.setDisable(!model.isChanged());
        model.problem().ifPresent(status::setText);
    }
}
