package org.stackcanvas.diagram;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The positions of a graph's nodes and the routes of its wires, in diagram units (pixels at 100 %).
 * A layout made without routes (or a wire whose route is missing) is drawn with
 * {@link Route#between}.
 */
public record GraphLayout(Map<String, NodeBox> boxes, Map<String, Route> routes) {

    public GraphLayout {
        boxes = Collections.unmodifiableMap(new LinkedHashMap<>(boxes));
        routes = Collections.unmodifiableMap(new LinkedHashMap<>(routes));
    }

    /** Node positions only; wires are routed straight between the boxes. */
    public GraphLayout(Map<String, NodeBox> boxes) {
        this(boxes, Map.of());
    }

    public NodeBox box(String id) {
        return boxes.get(id);
    }

    public Optional<Route> route(String edgeId) {
        return Optional.ofNullable(routes.get(edgeId));
    }

    /** The route of a wire: the laid-out one, else a direct orthogonal one between its boxes. */
    public Route routeOf(GraphEdge edge) {
        Route route = routes.get(edge.id());
        if (route != null) {
            return route;
        }
        return Route.between(edge.id(), boxes.get(edge.from()), boxes.get(edge.to()), !edge.label().isEmpty());
    }

    /** Width and height of the area all nodes cover, from the origin. */
    public double width() {
        return boxes.values().stream().mapToDouble(b -> b.x() + b.width()).max().orElse(0);
    }

    public double height() {
        return boxes.values().stream().mapToDouble(b -> b.y() + b.height()).max().orElse(0);
    }

    /** The smallest rectangle holding every box and route point: {minX, minY, maxX, maxY}. */
    public double[] extent() {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (NodeBox b : boxes.values()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.width());
            maxY = Math.max(maxY, b.y() + b.height());
        }
        for (Route r : routes.values()) {
            for (Position p : r.points()) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        return boxes.isEmpty() ? new double[] {0, 0, 0, 0} : new double[] {minX, minY, maxX, maxY};
    }

    /** Routes of the given edges in graph order (laid out or direct). */
    public List<Route> routesOf(List<GraphEdge> edges) {
        return edges.stream().filter(e -> boxes.containsKey(e.from()) && boxes.containsKey(e.to()))
                .map(this::routeOf).toList();
    }
}
