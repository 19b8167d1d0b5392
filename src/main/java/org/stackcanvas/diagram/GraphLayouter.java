package org.stackcanvas.diagram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Places the nodes of a graph: left to right, services first, then what they use. Nodes the user
 * moved keep their {@code pinned} positions. Deterministic: the same graph gives the same layout.
 */
public final class GraphLayouter {

    public static final double SERVICE_WIDTH = 200;
    public static final double SERVICE_HEIGHT = 72;
    public static final double RESOURCE_WIDTH = 160;
    public static final double RESOURCE_HEIGHT = 44;

    public GraphLayout layout(StackGraph graph, Map<String, Position> pinned) {
        Map<String, NodeBox> boxes = new LinkedHashMap<>();
        double serviceY = 20;
        double resourceY = 20;
        for (GraphNode node : graph.nodes()) {
            boolean service = node.kind() == NodeKind.SERVICE;
            double w = service ? SERVICE_WIDTH : RESOURCE_WIDTH;
            double h = service ? SERVICE_HEIGHT : RESOURCE_HEIGHT;
            Position p = pinned.get(node.id());
            if (p != null) {
                boxes.put(node.id(), new NodeBox(node.id(), p.x(), p.y(), w, h));
            } else if (service) {
                boxes.put(node.id(), new NodeBox(node.id(), 20, serviceY, w, h));
                serviceY += h + 30;
            } else {
                boxes.put(node.id(), new NodeBox(node.id(), 320, resourceY, w, h));
                resourceY += h + 20;
            }
        }
        return new GraphLayout(boxes);
    }
}
