package org.stackcanvas.ui.inspector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * An editable key/value table: each row's value commits on Enter or focus loss, a row can be
 * removed, and a last row adds a new entry. Rows are rebuilt only when the keys change, so a value
 * being typed survives a refresh.
 */
final class KeyValueTable extends VBox {

    /** One row: the key, its value as written and as resolved. */
    record Row(String key, String raw, String resolved) {
        Row {
            Objects.requireNonNull(key, "key");
        }
    }

    private final String idPrefix;
    private final BiPredicate<String, String> onSet;
    private final Predicate<String> onRemove;
    private final GridPane grid = new GridPane();
    private final Map<String, CommitField> values = new LinkedHashMap<>();
    private final TextField newKey = new TextField();
    private final TextField newValue = new TextField();
    private final Label error = new Label();
    private Function<String, Optional<String>> keyCheck = Validators.KEY;
    private List<String> keys = List.of();

    KeyValueTable(String idPrefix, BiPredicate<String, String> onSet, Predicate<String> onRemove) {
        this.idPrefix = idPrefix;
        this.onSet = onSet;
        this.onRemove = onRemove;
        getStyleClass().add("kv-table");
        grid.getStyleClass().add("kv-grid");
        ColumnConstraints key = new ColumnConstraints();
        key.setPercentWidth(38);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(key, value, new ColumnConstraints());
        newKey.setId(idPrefix + "-new-key");
        newKey.setPromptText("NAME");
        newValue.setId(idPrefix + "-new-value");
        newValue.setPromptText("value");
        newValue.setOnAction(e -> add());
        error.getStyleClass().add("field-error");
        error.setVisible(false);
        error.setManaged(false);
        getChildren().addAll(grid, error);
        rebuild(List.of());
    }

    KeyValueTable keyCheck(Function<String, Optional<String>> check) {
        this.keyCheck = check;
        return this;
    }

    void show(List<Row> rows) {
        List<String> newKeys = rows.stream().map(Row::key).toList();
        if (!newKeys.equals(keys)) {
            rebuild(rows);
        }
        for (Row row : rows) {
            values.get(row.key()).show(row.raw(), row.resolved());
        }
    }

    private void rebuild(List<Row> rows) {
        keys = rows.stream().map(Row::key).toList();
        values.clear();
        grid.getChildren().clear();
        int r = 0;
        for (Row row : rows) {
            Label key = new Label(row.key());
            key.getStyleClass().add("kv-key");
            CommitField value = new CommitField(idPrefix + "-value-" + r)
                    .onCommit(text -> onSet.test(row.key(), text));
            value.getStyleClass().add("kv-value");
            value.setUserData(row.key());
            Button remove = new Button("\u2212");
            remove.getStyleClass().addAll("kv-remove", "flat");
            remove.setUserData(row.key());
            remove.setOnAction(e -> onRemove.test(row.key()));
            values.put(row.key(), value);
            grid.addRow(r++, key, value, remove);
        }
        Button add = new Button("+");
        add.setId(idPrefix + "-add");
        add.getStyleClass().addAll("kv-add", "flat");
        add.setOnAction(e -> add());
        grid.addRow(r, newKey, newValue, add);
    }

    /** Adds the entry typed in the last row; a bad name is shown and nothing changes. */
    void add() {
        String key = newKey.getText().trim();
        Optional<String> problem = keyCheck.apply(key);
        error.setText(problem.orElse(""));
        error.setVisible(problem.isPresent());
        error.setManaged(problem.isPresent());
        newKey.pseudoClassStateChanged(CommitField.INVALID, problem.isPresent());
        if (problem.isPresent()) {
            return;
        }
        if (onSet.test(key, newValue.getText())) {
            newKey.clear();
            newValue.clear();
        }
    }

    List<String> keys() {
        return new ArrayList<>(keys);
    }
}
