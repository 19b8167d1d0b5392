package org.stackcanvas.ui.inspector;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One titled part of a form: a label column and a field column. Sections update in place. */
abstract class InspectorSection extends VBox {

    protected final GridPane grid = new GridPane();
    private int rows;

    protected InspectorSection(String title, String styleId) {
        getStyleClass().add("inspector-section");
        setId(styleId);
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        grid.getStyleClass().add("section-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        getChildren().addAll(heading, grid);
    }

    protected void row(String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        grid.addRow(rows++, l, field);
    }

    protected void wide(Node node) {
        grid.add(node, 0, rows++, 2, 1);
    }

    /** Shows the service's current state; keeps what the user is typing. */
    abstract void update(ServiceContext context);
}
