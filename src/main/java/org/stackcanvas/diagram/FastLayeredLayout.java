package org.stackcanvas.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A layered, left-to-right layout in linear time for big stacks, where ELK's layered algorithm
 * spends seconds on dummy nodes for long edges (a chain of 500 depends_on took over ten seconds).
 * Services are layered by their depends_on chains (a service left of what it depends on), each
 * resource goes one layer right of its first user, and nodes keep the file's order within a layer.
 * Wires get no routes: renderers draw them directly.
 */
final class FastLayeredLayout {

    private static final double LAYER_GAP = 90;
    private static final double NODE_GAP = 28;
    private static final double PADDING = 20;

    GraphLayout layout(StackGraph graph) {
        Map<String, Integer> layer = new HashMap<>();
        Map<String, List<String>> dependencies = new HashMap<>();
        for (GraphEdge edge : graph.edges()) {
            if (edge.kind() == EdgeKind.DEPENDS_ON) {
                dependencies.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
            }
        }
        // Longest path from the services nobody depends on; bounded so a cycle cannot loop forever.
        for (GraphNode node : graph.nodes()) {
            if (node.kind() == NodeKind.SERVICE) {
                layer.putIfAbsent(node.id(), 0);
            }
        }
        int services = layer.size();
        for (int round = 0; round < services; round++) {
            boolean changed = false;
            for (Map.Entry<String, List<String>> e : dependencies.entrySet()) {
                int from = layer.getOrDefault(e.getKey(), 0);
                for (String to : e.getValue()) {
                    if (layer.getOrDefault(to, 0) < from + 1 && from + 1 <= services) {
                        layer.put(to, from + 1);
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        for (GraphEdge edge : graph.edges()) {
            if (edge.kind() != EdgeKind.DEPENDS_ON && !layer.containsKey(edge.to())) {
                layer.put(edge.to(), layer.getOrDefault(edge.from(), 0) + 1);
            }
        }
        Map<Integer, List<GraphNode>> byLayer = new java.util.TreeMap<>();
        for (GraphNode node : graph.nodes()) {
            byLayer.computeIfAbsent(layer.getOrDefault(node.id(), 0), k -> new ArrayList<>()).add(node);
        }
        Map<String, NodeBox> boxes = new LinkedHashMap<>();
        double x = PADDING;
        for (List<GraphNode> nodes : byLayer.values()) {
            double y = PADDING;
            double widest = 0;
            for (GraphNode node : nodes) {
                double w = GraphLayouter.width(node.kind());
                double h = GraphLayouter.height(node.kind());
                boxes.put(node.id(), new NodeBox(node.id(), x, y, w, h));
                y += h + NODE_GAP;
                widest = Math.max(widest, w);
            }
            x += widest + LAYER_GAP;
        }
        Map<String, NodeBox> ordered = new LinkedHashMap<>();
        graph.nodes().forEach(n -> ordered.put(n.id(), boxes.get(n.id())));
        return new GraphLayout(ordered);
    }
}
