package org.stackcanvas.ui.logs;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.stackcanvas.runtime.LogBuffer;

/**
 * The Logs tab's search: the field, the "n of m" count and previous/next. Typing or moving to a
 * match scrolls the list to it and stops following the newest line; Enter and Shift+Enter move,
 * Escape clears.
 */
final class LogSearchBar extends HBox {

    private final LogsModel model;
    private final ListView<LogBuffer.Entry> list;
    private final TailFollowing tail;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final Button previous = new Button("\u25B2");
    private final Button next = new Button("\u25BC");

    LogSearchBar(LogsModel model, ListView<LogBuffer.Entry> list, TailFollowing tail) {
        super(6);
        this.model = Objects.requireNonNull(model, "model");
        this.list = Objects.requireNonNull(list, "list");
        this.tail = Objects.requireNonNull(tail, "tail");
        field.setPromptText("Search");
        field.getStyleClass().add("logs-search");
        field.textProperty().addListener((o, was, now) -> {
            model.search(now);
            refresh();
            if (model.search().current() != null) {
                reveal(model.search().current());
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                move(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                e.consume();
            }
        });
        count.getStyleClass().add("logs-match-count");
        previous.setTooltip(new Tooltip("Previous match (Shift+Enter)"));
        next.setTooltip(new Tooltip("Next match (Enter)"));
        previous.setOnAction(e -> move(false));
        next.setOnAction(e -> move(true));
        previous.getStyleClass().add("logs-previous-match");
        next.getStyleClass().add("logs-next-match");
        getChildren().addAll(field, count, previous, next);
        setAlignment(Pos.CENTER_LEFT);
        refresh();
    }

    TextField field() {
        return field;
    }

    Label count() {
        return count;
    }

    Button previous() {
        return previous;
    }

    Button next() {
        return next;
    }

    /** Shows the matches again after the lines or the query changed. */
    void refresh() {
        LogSearch search = model.search();
        if (search.query().isEmpty()) {
            count.setText("");
        } else if (search.count() == 0) {
            count.setText("No matches");
        } else {
            count.setText(String.format("%,d of %,d", search.currentIndex() + 1, search.count()));
        }
        previous.setDisable(search.count() == 0);
        next.setDisable(search.count() == 0);
        list.refresh();
    }

    private void move(boolean forward) {
        LogSearch.Match match = forward ? model.search().next() : model.search().previous();
        if (match != null) {
            tail.stop();
            reveal(match);
        }
        refresh();
    }

    private void reveal(LogSearch.Match match) {
        int row = model.rowOf(match.seq());
        if (row >= 0) {
            list.scrollTo(Math.max(0, row - 2));
            list.getSelectionModel().clearAndSelect(row);
        }
    }
}
