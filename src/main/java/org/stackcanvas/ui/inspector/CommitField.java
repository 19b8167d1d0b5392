package org.stackcanvas.ui.inspector;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A text field that validates as the user types and commits on Enter or focus loss, once, only
 * when the text differs from the value it shows and is valid. An interpolated value shows its
 * resolved form beside it. A refresh does not overwrite text the user is still typing.
 */
public final class CommitField extends VBox {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final TextField field = new TextField();
    private final Label resolved = new Label();
    private final Label error = new Label();
    private Function<String, Optional<String>> validator = text -> Optional.empty();
    private Predicate<String> onCommit = text -> false;
    private String shown = "";

    public CommitField(String id) {
        field.setId(Objects.requireNonNull(id, "id"));
        getStyleClass().add("commit-field");
        resolved.getStyleClass().add("resolved-value");
        resolved.setId(id + "-resolved");
        resolved.setVisible(false);
        resolved.setManaged(false);
        error.getStyleClass().add("field-error");
        error.setId(id + "-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(6, field, resolved);
        row.getStyleClass().add("commit-field-row");
        getChildren().addAll(row, error);
        field.textProperty().addListener((obs, old, text) -> validate(text));
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(shown);
                e.consume();
            }
        });
    }

    public CommitField validator(Function<String, Optional<String>> check) {
        this.validator = Objects.requireNonNull(check, "check");
        return this;
    }

    /** What to do with a changed, valid text; returns whether the edit was made. */
    public CommitField onCommit(Predicate<String> action) {
        this.onCommit = Objects.requireNonNull(action, "action");
        return this;
    }

    public CommitField prompt(String text) {
        field.setPromptText(text);
        return this;
    }

    public TextField textField() {
        return field;
    }

    /** Shows a value as written and, when it differs, as Compose resolves it. */
    public void show(String raw, String resolvedValue) {
        String text = raw == null ? "" : raw;
        boolean typing = field.isFocused() && !field.getText().equals(shown);
        shown = text;
        if (!typing) {
            field.setText(text);
        }
        boolean differs = resolvedValue != null && text.contains("$") && !resolvedValue.equals(text);
        resolved.setText(differs ? "\u2192 " + resolvedValue : "");
        resolved.setVisible(differs);
        resolved.setManaged(differs);
    }

    public void show(String raw) {
        show(raw, null);
    }

    public String resolvedText() {
        return resolved.getText();
    }

    public Optional<String> errorMessage() {
        return error.isVisible() ? Optional.of(error.getText()) : Optional.empty();
    }

    /** Commits the current text (Enter and focus loss do this). */
    public void commit() {
        String text = field.getText();
        if (text.equals(shown) || !validate(text)) {
            return;
        }
        if (onCommit.test(text)) {
            shown = text;
        }
    }

    private boolean validate(String text) {
        Optional<String> problem = text.contains("${") ? Optional.empty() : validator.apply(text);
        field.pseudoClassStateChanged(INVALID, problem.isPresent());
        error.setText(problem.orElse(""));
        error.setVisible(problem.isPresent());
        error.setManaged(problem.isPresent());
        return problem.isEmpty();
    }
}
