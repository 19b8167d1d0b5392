package org.stackcanvas.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stackcanvas.document.SourceLocation;

class FastLayeredLayoutTest {

    /** A chain of depends_on, each service on one of a few networks: ELK needs seconds for this. */
    private static StackGraph chain(int services) {
        List<GraphNode> nodes = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            nodes.add(new GraphNode("network:n" + i, NodeKind.NETWORK, "n" + i, "", List.of(), "network", List.of(),
                    SourceLocation.UNKNOWN));
        }
        for (int i = 0; i < services; i++) {
            nodes.add(new GraphNode("service:s" + i, NodeKind.SERVICE, "s" + i, "nginx", List.of(), "nginx", List.of(),
                    SourceLocation.UNKNOWN));
            edges.add(new GraphEdge("n" + i, EdgeKind.NETWORK, "service:s" + i, "network:n" + (i % 5), ""));
            if (i > 0) {
                edges.add(new GraphEdge("d" + i, EdgeKind.DEPENDS_ON, "service:s" + i, "service:s" + (i - 1), ""));
            }
        }
        return new StackGraph(nodes, edges);
    }

    @Test
    void bigStacksAreLaidOutLeftToRightWithoutOverlap() {
        StackGraph graph = chain(300);
        GraphLayout layout = new GraphLayouter().layout(graph, Map.of());
        assertThat(layout.boxes()).hasSize(graph.nodes().size());
        for (GraphEdge edge : graph.edges()) {
            assertThat(layout.box(edge.from()).x()).as(edge.id()).isLessThan(layout.box(edge.to()).x());
        }
        List<NodeBox> boxes = List.copyOf(layout.boxes().values());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(GraphLayouter.overlaps(boxes.get(i), boxes.get(j), 0)).isFalse();
            }
        }
    }

    @Test
    void bigStacksLayOutTheSameWayEveryTimeAndKeepPins() {
        StackGraph graph = chain(200);
        assertThat(new GraphLayouter().layout(graph, Map.of())).isEqualTo(new GraphLayouter().layout(graph, Map.of()));
        GraphLayout pinned = new GraphLayouter().layout(graph, Map.of("service:s7", new Position(5000, 5000)));
        assertThat(pinned.box("service:s7").x()).isEqualTo(5000);
    }

    @Test
    void aDependencyCycleStillEnds() {
        List<GraphNode> nodes = new ArrayList<>(chain(200).nodes());
        List<GraphEdge> edges = new ArrayList<>(chain(200).edges());
        edges.add(new GraphEdge("cycle", EdgeKind.DEPENDS_ON, "service:s0", "service:s199", ""));
        GraphLayout layout = new GraphLayouter().layout(new StackGraph(nodes, edges), Map.of());
        assertThat(layout.boxes()).hasSize(nodes.size());
    }
}
