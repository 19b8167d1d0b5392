package org.stackcanvas.ui.logs;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import org.stackcanvas.runtime.LogBuffer;
import org.stackcanvas.runtime.LogLine;

/** A row of the log list: draws its line through a {@link LogLineView}. */
final class LogCell extends ListCell<LogBuffer.Entry> {

    private static final PseudoClass STDERR = PseudoClass.getPseudoClass("stderr");

    private final LogsModel model;
    private final LogLineView view = new LogLineView();

    LogCell(LogsModel model) {
        this.model = model;
        getStyleClass().add("log-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(LogBuffer.Entry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setGraphic(null);
            pseudoClassStateChanged(STDERR, false);
            return;
        }
        LogLine line = entry.line();
        LogSearch.Match current = model.search().current();
        int[] currentRange = current != null && current.seq() == entry.seq()
                ? new int[] {current.start(), current.end()} : null;
        List<int[]> ranges = LogSearch.find(line.text(), model.search().query());
        view.show(model.format().time(line.timestamp()), LogFormat.source(line, model.hasReplicas(line.service())),
                model.sourceWidth(), model.colors().styleClass(line.service()), line.text(), ranges, currentRange);
        view.setWrapWidth(model.wrapWidth());
        pseudoClassStateChanged(STDERR, line.stream() == LogLine.Stream.STDERR);
        setGraphic(view);
    }
}
