package org.stackcanvas.ui.canvas;

import java.util.List;
import java.util.Locale;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.stackcanvas.diagram.EdgeKind;
import org.stackcanvas.diagram.GraphEdge;
import org.stackcanvas.diagram.GraphLayouter;
import org.stackcanvas.diagram.Position;
import org.stackcanvas.diagram.Route;

/**
 * A wire between two nodes, drawn like the exported diagram: an orthogonal polyline along its
 * {@link Route}, an arrow head for depends_on (whose condition is the line style: solid healthy,
 * dashed started, dotted completed), a dot where other wires end, and a pill with the mount target.
 */
final class WireView extends Group {

    private static final double ARROW = 9;

    private final GraphEdge edge;
    private final Polyline line = new Polyline();
    private final Polygon arrow;
    private final Circle end;
    private final Text label;
    private final Rectangle pill;
    private Route route;

    WireView(GraphEdge edge) {
        this.edge = edge;
        getStyleClass().addAll("wire", "wire-" + edge.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        line.getStyleClass().add("wire-line");
        getChildren().add(line);
        if (edge.kind() == EdgeKind.DEPENDS_ON) {
            String condition = edge.label().isEmpty() ? "service_started" : edge.label();
            getStyleClass().add("condition-" + condition.replace("service_", "").replace('_', '-'));
            arrow = new Polygon();
            arrow.getStyleClass().add("wire-arrow");
            getChildren().add(arrow);
            end = null;
        } else {
            arrow = null;
            end = new Circle(3);
            end.getStyleClass().add("wire-end");
            getChildren().add(end);
        }
        if (GraphLayouter.labelled(edge) && !edge.label().isEmpty()) {
            pill = new Rectangle();
            pill.getStyleClass().add("wire-label-pill");
            label = new Text(edge.label());
            label.getStyleClass().add("wire-label");
            // The font arrives with CSS: size the pill whenever the text's size changes.
            label.layoutBoundsProperty().addListener((obs, old, now) -> placeLabel());
            getChildren().addAll(pill, label);
        } else {
            pill = null;
            label = null;
        }
        setMouseTransparent(true);
    }

    GraphEdge edge() {
        return edge;
    }

    Route route() {
        return route;
    }

    /** The drawn line's points, x and y alternating (the last one stops short of an arrow head). */
    List<Double> linePoints() {
        return line.getPoints();
    }

    /** Draws the wire along a route (laid out, or direct while a node is dragged). */
    void show(Route shown) {
        this.route = shown;
        List<Position> points = shown.points();
        int n = points.size();
        double[] coords = new double[n * 2];
        for (int i = 0; i < n; i++) {
            coords[2 * i] = points.get(i).x();
            coords[2 * i + 1] = points.get(i).y();
        }
        Position tip = points.get(n - 1);
        Position before = points.get(n - 2);
        double length = Math.hypot(tip.x() - before.x(), tip.y() - before.y());
        if (arrow != null && length > 0) {
            double ux = (tip.x() - before.x()) / length;
            double uy = (tip.y() - before.y()) / length;
            // Stop the line at the arrow's base so dashes do not poke through the head.
            coords[2 * n - 2] = tip.x() - ux * ARROW * 0.8;
            coords[2 * n - 1] = tip.y() - uy * ARROW * 0.8;
            arrow.getPoints().setAll(tip.x(), tip.y(),
                    tip.x() - ux * ARROW - uy * ARROW / 2, tip.y() - uy * ARROW + ux * ARROW / 2,
                    tip.x() - ux * ARROW + uy * ARROW / 2, tip.y() - uy * ARROW - ux * ARROW / 2);
        }
        if (end != null) {
            end.setCenterX(tip.x());
            end.setCenterY(tip.y());
        }
        Double[] boxed = new Double[coords.length];
        for (int i = 0; i < coords.length; i++) {
            boxed[i] = coords[i];
        }
        line.getPoints().setAll(boxed);
        placeLabel();
    }

    private void placeLabel() {
        if (label == null || route == null) {
            return;
        }
        Position at = route.label().orElseGet(() -> middle(route.points()));
        double w = label.getLayoutBounds().getWidth() + 10;
        double h = GraphLayouter.LABEL_HEIGHT;
        pill.setX(at.x() - w / 2);
        pill.setY(at.y() - h / 2);
        pill.setWidth(w);
        pill.setHeight(h);
        label.setX(at.x() - label.getLayoutBounds().getWidth() / 2);
        label.setY(at.y() + 3.5);
    }

    /** The middle of the longest segment, for routes made without a label position. */
    private static Position middle(List<Position> points) {
        Position a = points.get(0);
        Position b = points.get(1);
        double best = -1;
        for (int i = 0; i + 1 < points.size(); i++) {
            Position p = points.get(i);
            Position q = points.get(i + 1);
            double length = Math.hypot(q.x() - p.x(), q.y() - p.y());
            if (length > best) {
                best = length;
                a = p;
                b = q;
            }
        }
        return new Position((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }
}
