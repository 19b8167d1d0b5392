package org.stackcanvas.ui.canvas;

import java.util.Locale;
import javafx.scene.Group;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import org.stackcanvas.diagram.EdgeKind;
import org.stackcanvas.diagram.GraphEdge;
import org.stackcanvas.diagram.NodeBox;

/**
 * A wire between two nodes: a straight line from border to border (cheap to move while dragging),
 * an arrow head for depends_on, and a label for the mount target or the condition.
 */
final class WireView extends Group {

    private final GraphEdge edge;
    private final Line line = new Line();
    private final Polygon arrow = new Polygon();
    private final Text label = new Text();

    WireView(GraphEdge edge) {
        this.edge = edge;
        getStyleClass().addAll("wire", "wire-" + edge.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        line.getStyleClass().add("wire-line");
        arrow.getStyleClass().add("wire-arrow");
        label.getStyleClass().add("wire-label");
        getChildren().add(line);
        if (edge.kind() == EdgeKind.DEPENDS_ON) {
            String condition = edge.label().isEmpty() ? "service_started" : edge.label();
            getStyleClass().add("condition-" + condition.replace("service_", "").replace('_', '-'));
            getChildren().add(arrow);
            label.setText(condition.replace("service_", "").replace("_successfully", ""));
        } else {
            label.setText(edge.label());
        }
        if (!label.getText().isEmpty()) {
            getChildren().add(label);
        }
        setMouseTransparent(true);
    }

    GraphEdge edge() {
        return edge;
    }

    void update(NodeBox from, NodeBox to) {
        double[] a = border(from, to.centerX(), to.centerY());
        double[] b = border(to, from.centerX(), from.centerY());
        line.setStartX(a[0]);
        line.setStartY(a[1]);
        line.setEndX(b[0]);
        line.setEndY(b[1]);
        if (edge.kind() == EdgeKind.DEPENDS_ON) {
            double angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
            double size = 10;
            arrow.getPoints().setAll(b[0], b[1],
                    b[0] - size * Math.cos(angle - 0.4), b[1] - size * Math.sin(angle - 0.4),
                    b[0] - size * Math.cos(angle + 0.4), b[1] - size * Math.sin(angle + 0.4));
        }
        if (!label.getText().isEmpty()) {
            label.setX((a[0] + b[0]) / 2 + 4);
            label.setY((a[1] + b[1]) / 2 - 4);
        }
    }

    /** Where the line from the box's centre towards (x, y) leaves the box. */
    static double[] border(NodeBox box, double x, double y) {
        double cx = box.centerX();
        double cy = box.centerY();
        double dx = x - cx;
        double dy = y - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double sx = dx == 0 ? Double.MAX_VALUE : (box.width() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (box.height() / 2) / Math.abs(dy);
        double s = Math.min(Math.min(sx, sy), 1);
        return new double[] {cx + dx * s, cy + dy * s};
    }
}
