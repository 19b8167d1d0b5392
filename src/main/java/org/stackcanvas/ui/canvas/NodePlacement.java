package org.stackcanvas.ui.canvas;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stackcanvas.diagram.GraphLayouter;
import org.stackcanvas.diagram.GraphNode;
import org.stackcanvas.diagram.NodeBox;
import org.stackcanvas.diagram.Position;
import org.stackcanvas.diagram.StackGraph;

/** Where nodes go between full layouts: at their known positions, new ones clear of the others. */
final class NodePlacement {

    private NodePlacement() {
    }

    /** Boxes at their known positions; a node without one starts right of everything {@code shown}. */
    static Map<String, NodeBox> atKnownPositions(StackGraph graph, Map<String, Position> known,
            Collection<NodeBox> shown) {
        double right = shown.stream().mapToDouble(b -> b.x() + b.width()).max().orElse(0) + 60;
        double top = shown.stream().mapToDouble(NodeBox::y).min().orElse(0);
        Map<String, NodeBox> placed = new LinkedHashMap<>();
        for (GraphNode node : graph.nodes()) {
            Position p = known.getOrDefault(node.id(), new Position(right, top));
            placed.put(node.id(), new NodeBox(node.id(), p.x(), p.y(), GraphLayouter.width(node.kind()),
                    GraphLayouter.height(node.kind())));
        }
        return placed;
    }

    /** Moves a box down until it overlaps no other node (new nodes must not hide existing ones). */
    static NodeBox freeSpot(NodeBox box, Collection<NodeBox> shown) {
        NodeBox candidate = box;
        for (int tries = 0; tries < 500 && overlapsAny(candidate, shown); tries++) {
            candidate = candidate.moveTo(candidate.x(), candidate.y() + candidate.height() + 20);
        }
        return candidate;
    }

    private static boolean overlapsAny(NodeBox box, Collection<NodeBox> shown) {
        for (NodeBox other : shown) {
            if (!other.id().equals(box.id()) && GraphLayouter.overlaps(box, other, 0)) {
                return true;
            }
        }
        return false;
    }
}
