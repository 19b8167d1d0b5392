package org.stackcanvas.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.scene.layout.Pane;
import org.stackcanvas.diagram.EdgeKind;
import org.stackcanvas.diagram.GraphEdge;
import org.stackcanvas.diagram.GraphLayout;
import org.stackcanvas.diagram.GraphLayouter;
import org.stackcanvas.diagram.NodeBox;
import org.stackcanvas.diagram.Position;
import org.stackcanvas.diagram.Route;
import org.stackcanvas.diagram.StackGraph;

/**
 * The wires of the canvas and their routes. A wire follows the layout's orthogonal route while both
 * its nodes are where that layout put them; a dragged node's wires take a direct right-angled route
 * (cheap on every pulse). When positions are recorded (a drop, an undo, a loaded layout) every wire
 * takes the layout's route again if its ends are back where the layout put them. No layout runs for
 * a move: ELK's routes depend only on the graph, so the layout made for the current graph still
 * holds them, and re-running ELK on a large stack would cost seconds for nothing.
 */
final class CanvasWires {

    private final Pane layer;
    private final Map<String, NodeBox> boxes;
    private final Map<String, WireView> views = new LinkedHashMap<>();
    private final Map<String, List<WireView>> byNode = new HashMap<>();
    private GraphLayout layout = new GraphLayout(Map.of());

    /** @param boxes where the nodes are shown now (read, never written) */
    CanvasWires(Pane layer, Map<String, NodeBox> boxes) {
        this.layer = layer;
        this.boxes = boxes;
    }

    /** Shows the wires of a new graph along the routes of its layout; keeps views of unchanged wires. */
    void show(StackGraph graph, GraphLayout placed) {
        layout = placed;
        Set<String> edges = new HashSet<>();
        byNode.clear();
        for (GraphEdge edge : graph.edges()) {
            if (!edges.add(edge.id())) {
                continue;
            }
            WireView wire = views.get(edge.id());
            if (wire == null || !wire.edge().equals(edge)) {
                layer.getChildren().remove(wire);
                wire = new WireView(edge);
                wire.setManaged(false);
                views.put(edge.id(), wire);
                if (edge.kind() == EdgeKind.DEPENDS_ON) {
                    layer.getChildren().add(wire); // dependencies on top: they carry the most meaning
                } else {
                    layer.getChildren().add(0, wire);
                }
            }
            byNode.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(wire);
            byNode.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(wire);
            showRoute(wire, placed);
        }
        List<String> stale = views.keySet().stream().filter(id -> !edges.contains(id)).toList();
        stale.forEach(id -> layer.getChildren().remove(views.remove(id)));
    }

    /** A node was shown somewhere else: its wires go the direct way until the next routing. */
    void nodeMoved(String id) {
        for (WireView wire : byNode.getOrDefault(id, List.of())) {
            directRoute(wire);
        }
    }

    /** After positions were recorded: the layout's routes wherever both ends are where it put them. */
    void reroute() {
        views.values().forEach(w -> showRoute(w, layout));
    }

    /** Every point of every route, for fitting the view. */
    List<Position> points() {
        List<Position> points = new ArrayList<>();
        for (WireView wire : views.values()) {
            if (wire.route() != null) {
                points.addAll(wire.route().points());
            }
        }
        return points;
    }

    WireView view(String edgeId) {
        return views.get(edgeId);
    }

    /** A right-angled route that ignores other nodes: cheap enough for every pulse of a drag. */
    private void directRoute(WireView wire) {
        GraphEdge edge = wire.edge();
        NodeBox from = boxes.get(edge.from());
        NodeBox to = boxes.get(edge.to());
        if (from != null && to != null) {
            wire.show(Route.between(edge.id(), from, to, GraphLayouter.labelled(edge) && !edge.label().isEmpty()));
        }
    }

    /** The layout's route when both ends are where that layout put them, else a direct one. */
    private void showRoute(WireView wire, GraphLayout placed) {
        GraphEdge edge = wire.edge();
        Route route = placed.route(edge.id()).orElse(null);
        if (route != null && Objects.equals(placed.box(edge.from()), boxes.get(edge.from()))
                && Objects.equals(placed.box(edge.to()), boxes.get(edge.to()))) {
            wire.show(route);
        } else {
            directRoute(wire);
        }
    }
}
