package org.stackcanvas.diagram;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a wire is drawn: a polyline through {@code points}, from the border of the source node to the
 * border of the target node (first and last point), with the bend points in between. Renderers draw
 * straight segments between the points; with the default routing all segments are horizontal or
 * vertical.
 *
 * @param label where the centre of the wire's label goes, when the wire has one
 */
public record Route(String edgeId, List<Position> points, Optional<Position> label) {

    public Route {
        Objects.requireNonNull(edgeId, "edgeId");
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a route needs at least two points: " + points);
        }
        Objects.requireNonNull(label, "label");
    }

    public Position start() {
        return points.get(0);
    }

    public Position end() {
        return points.get(points.size() - 1);
    }

    /** The points between start and end. */
    public List<Position> bendPoints() {
        return points.subList(1, points.size() - 1);
    }

    /**
     * An orthogonal route between two boxes that ignores everything else, for wires whose ends were
     * moved after the layout (dragged or pinned nodes): leaves the side facing the target, turns
     * once halfway. The canvas can use it while a drag is in progress.
     */
    public static Route between(String edgeId, NodeBox from, NodeBox to, boolean labelled) {
        List<Position> points;
        if (to.x() >= from.x() + from.width() + 16) {
            points = horizontal(from.x() + from.width(), from.centerY(), to.x(), to.centerY());
        } else if (to.x() + to.width() + 16 <= from.x()) {
            points = horizontal(from.x(), from.centerY(), to.x() + to.width(), to.centerY());
        } else if (to.y() >= from.y() + from.height()) {
            points = vertical(from.centerX(), from.y() + from.height(), to.centerX(), to.y());
        } else if (to.y() + to.height() <= from.y()) {
            points = vertical(from.centerX(), from.y(), to.centerX(), to.y() + to.height());
        } else {
            points = List.of(new Position(from.centerX(), from.centerY()), new Position(to.centerX(), to.centerY()));
        }
        Optional<Position> label = Optional.empty();
        if (labelled) {
            Position a = points.get(points.size() == 2 ? 0 : 1);
            Position b = points.get(points.size() == 2 ? 1 : 2);
            label = Optional.of(new Position((a.x() + b.x()) / 2, (a.y() + b.y()) / 2));
        }
        return new Route(edgeId, points, label);
    }

    private static List<Position> horizontal(double x1, double y1, double x2, double y2) {
        if (Math.abs(y1 - y2) < 0.5) {
            return List.of(new Position(x1, y1), new Position(x2, y2));
        }
        double mid = (x1 + x2) / 2;
        return List.of(new Position(x1, y1), new Position(mid, y1), new Position(mid, y2), new Position(x2, y2));
    }

    private static List<Position> vertical(double x1, double y1, double x2, double y2) {
        if (Math.abs(x1 - x2) < 0.5) {
            return List.of(new Position(x1, y1), new Position(x2, y2));
        }
        double mid = (y1 + y2) / 2;
        return List.of(new Position(x1, y1), new Position(x1, mid), new Position(x2, mid), new Position(x2, y2));
    }
}
