package org.stackcanvas.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places the nodes of a graph with ELK's layered algorithm, left to right: a service left of the
 * services it depends on, networks, volumes, files and secrets right of their users, wires routed
 * orthogonally around the boxes. Nodes the user moved keep their {@code pinned} positions; the
 * others stay where the layout put them unless a pinned node is in the way, then they move down
 * until they are clear. Deterministic: the same graph and pins give the same layout.
 *
 * <p>The first call takes about half a second (class loading); call {@link #warmUp()} off the UI
 * thread at start-up.
 */
public final class GraphLayouter {

    public static final double SERVICE_WIDTH = 220;
    public static final double SERVICE_HEIGHT = 80;
    public static final double RESOURCE_WIDTH = 170;
    public static final double RESOURCE_HEIGHT = 44;
    /** Space kept between a pinned node and the nodes moved out of its way. */
    public static final double CLEARANCE = 20;
    /** Height of a wire label (and the font size it is measured with: {@link #labelWidth}). */
    public static final double LABEL_HEIGHT = 16;
    static final double LABEL_FONT_SIZE = 10;
    static final double PADDING = 24;
    /** Above this many nodes the layout ignores the order of the compose file. */
    static final int MODEL_ORDER_LIMIT = 150;

    public static double width(NodeKind kind) {
        return kind == NodeKind.SERVICE ? SERVICE_WIDTH : RESOURCE_WIDTH;
    }

    public static double height(NodeKind kind) {
        return kind == NodeKind.SERVICE ? SERVICE_HEIGHT : RESOURCE_HEIGHT;
    }

    /**
     * The width reserved for a wire label: a generous estimate for a 10 px sans-serif font, so the
     * layout does not depend on the fonts of the machine it runs on.
     */
    public static double labelWidth(String label) {
        return Math.ceil(label.length() * LABEL_FONT_SIZE * 0.6) + 8;
    }

    /** Lays out a tiny graph once, so the first real layout is fast. Safe to call from any thread. */
    public static void warmUp() {
        GraphNode a = new GraphNode("service:a", NodeKind.SERVICE, "a", "", List.of(), "generic", List.of(),
                org.stackcanvas.document.SourceLocation.UNKNOWN);
        GraphNode b = new GraphNode("volume:b", NodeKind.VOLUME, "b", "", List.of(), "volume", List.of(),
                org.stackcanvas.document.SourceLocation.UNKNOWN);
        new GraphLayouter().layout(new StackGraph(List.of(a, b),
                List.of(new GraphEdge("e", EdgeKind.VOLUME, a.id(), b.id(), "/data"))), Map.of());
    }

    /** Above this many nodes {@link FastLayeredLayout} replaces ELK: linear time, direct wires. */
    public static final int LARGE_GRAPH = 150;

    public GraphLayout layout(StackGraph graph, Map<String, Position> pinned) {
        if (graph.nodes().size() > LARGE_GRAPH) {
            GraphLayout fast = new FastLayeredLayout().layout(graph);
            return pinned.isEmpty() ? fast : new GraphLayout(placeAroundPins(fast.boxes(), pinned));
        }
        Elk.ensureRegistered();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 64.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 18.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 12.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 12.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 16.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        // The file's order reads well in small stacks; ELK's model-order sort is far worse than
        // linear, so a stack of hundreds of services would take minutes to open with it.
        if (graph.nodes().size() <= MODEL_ORDER_LIMIT) {
            root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        }
        // Disconnected parts (a lone service) are packed side by side instead of stacked forever.
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, true);

        Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
        for (GraphNode node : graph.nodes()) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setIdentifier(node.id());
            elk.setDimensions(width(node.kind()), height(node.kind()));
            elkNodes.put(node.id(), elk);
        }
        Map<String, ElkEdge> elkEdges = new LinkedHashMap<>();
        for (GraphEdge edge : graph.edges()) {
            ElkNode from = elkNodes.get(edge.from());
            ElkNode to = elkNodes.get(edge.to());
            if (from == null || to == null || elkEdges.containsKey(edge.id())) {
                continue;
            }
            ElkEdge elk = ElkGraphUtil.createSimpleEdge(from, to);
            elk.setIdentifier(edge.id());
            if (!edge.label().isEmpty() && labelled(edge)) {
                ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elk);
                label.setDimensions(labelWidth(edge.label()), LABEL_HEIGHT);
            }
            elkEdges.put(edge.id(), elk);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, NodeBox> laidOut = new LinkedHashMap<>();
        elkNodes.forEach((id, n) -> laidOut.put(id, new NodeBox(id, n.getX(), n.getY(), n.getWidth(), n.getHeight())));
        Map<String, NodeBox> boxes = pinned.isEmpty() ? laidOut : placeAroundPins(laidOut, pinned);

        Map<String, Route> routes = new LinkedHashMap<>();
        for (GraphEdge edge : graph.edges()) {
            ElkEdge elk = elkEdges.get(edge.id());
            if (elk == null || routes.containsKey(edge.id())) {
                continue;
            }
            boolean moved = !boxes.get(edge.from()).equals(laidOut.get(edge.from()))
                    || !boxes.get(edge.to()).equals(laidOut.get(edge.to()));
            Optional<Route> route = moved ? Optional.empty() : route(edge.id(), elk);
            routes.put(edge.id(), route.orElseGet(() -> Route.between(edge.id(), boxes.get(edge.from()),
                    boxes.get(edge.to()), labelled(edge) && !edge.label().isEmpty())));
        }
        return new GraphLayout(boxes, routes);
    }

    /** Which wires show their label: mount targets do; a depends_on condition shows as line style. */
    public static boolean labelled(GraphEdge edge) {
        return edge.kind() == EdgeKind.VOLUME || edge.kind() == EdgeKind.BIND_MOUNT;
    }

    private static Optional<Route> route(String id, ElkEdge edge) {
        if (edge.getSections().isEmpty()) {
            return Optional.empty();
        }
        ElkEdgeSection section = edge.getSections().get(0);
        List<Position> points = new ArrayList<>();
        points.add(new Position(section.getStartX(), section.getStartY()));
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.add(new Position(bend.getX(), bend.getY()));
        }
        points.add(new Position(section.getEndX(), section.getEndY()));
        Optional<Position> label = edge.getLabels().stream().findFirst()
                .map(l -> new Position(l.getX() + l.getWidth() / 2, l.getY() + l.getHeight() / 2));
        return Optional.of(new Route(id, points, label));
    }

    /**
     * Pinned nodes go where the user put them; every other node keeps its laid-out place unless that
     * overlaps a node already settled, then it moves down past it. Nodes are settled pinned first,
     * then in reading order (left to right, top to bottom), so the result does not depend on map order.
     */
    private static Map<String, NodeBox> placeAroundPins(Map<String, NodeBox> laidOut, Map<String, Position> pinned) {
        List<NodeBox> settled = new ArrayList<>();
        Map<String, NodeBox> placed = new HashMap<>();
        laidOut.forEach((id, box) -> {
            Position p = pinned.get(id);
            if (p != null) {
                NodeBox moved = box.moveTo(p.x(), p.y());
                settled.add(moved);
                placed.put(id, moved);
            }
        });
        List<NodeBox> free = laidOut.values().stream().filter(b -> !pinned.containsKey(b.id()))
                .sorted(Comparator.comparingDouble(NodeBox::x).thenComparingDouble(NodeBox::y)
                        .thenComparing(NodeBox::id))
                .toList();
        for (NodeBox box : free) {
            NodeBox candidate = box;
            for (NodeBox blocker = firstOverlap(candidate, settled); blocker != null;
                    blocker = firstOverlap(candidate, settled)) {
                candidate = candidate.moveTo(candidate.x(), blocker.y() + blocker.height() + CLEARANCE);
            }
            settled.add(candidate);
            placed.put(box.id(), candidate);
        }
        Map<String, NodeBox> boxes = new LinkedHashMap<>();
        laidOut.keySet().forEach(id -> boxes.put(id, placed.get(id)));
        return boxes;
    }

    private static NodeBox firstOverlap(NodeBox box, List<NodeBox> others) {
        for (NodeBox other : others) {
            if (overlaps(box, other, CLEARANCE)) {
                return other;
            }
        }
        return null;
    }

    /** Whether two boxes come closer than {@code gap} (exclusive): the no-overlap test of the layouts. */
    public static boolean overlaps(NodeBox a, NodeBox b, double gap) {
        return a.x() < b.x() + b.width() + gap && b.x() < a.x() + a.width() + gap
                && a.y() < b.y() + b.height() + gap && b.y() < a.y() + a.height() + gap;
    }

    /** ELK finds the layered algorithm through a global registry; fill it once per class loader. */
    private static final class Elk {
        static {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }

        static void ensureRegistered() {
            // Loading this class runs the registration exactly once, thread-safely.
        }
    }
}
