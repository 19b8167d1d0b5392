package org.stackcanvas.ui.canvas;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Line;

/**
 * The key to the depends_on line styles, as in the exported diagram: the condition of a
 * dependency is drawn, not written, so the canvas says once what solid, dashed and dotted mean.
 */
final class CanvasLegend extends HBox {

    CanvasLegend() {
        getStyleClass().add("canvas-legend");
        setAlignment(Pos.CENTER_LEFT);
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label title = new Label("depends_on:");
        title.getStyleClass().add("legend-title");
        getChildren().addAll(title, sample("healthy", "healthy"), sample("started", "started"),
                sample("completed-successfully", "completed"));
    }

    private static HBox sample(String condition, String text) {
        Line line = new Line(0, 0, 32, 0);
        line.getStyleClass().add("wire-line");
        Group swatch = new Group(line);
        swatch.getStyleClass().add("condition-" + condition);
        Label label = new Label(text);
        label.getStyleClass().add("legend-text");
        HBox box = new HBox(6, swatch, label);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
