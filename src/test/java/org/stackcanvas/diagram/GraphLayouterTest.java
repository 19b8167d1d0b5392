package org.stackcanvas.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GraphLayouterTest {

    private final GraphLayouter layouter = new GraphLayouter();

    static java.util.stream.Stream<Path> projects() throws Exception {
        return Corpus.projects();
    }

    @ParameterizedTest
    @MethodSource("projects")
    void everyNodeIsPlacedWithoutOverlapAndEveryWireRouted(Path project) throws Exception {
        StackGraph graph = Corpus.graph(project);

        GraphLayout layout = layouter.layout(graph, Map.of());

        assertPlacedWithoutOverlap(graph, layout);
        for (GraphEdge edge : graph.edges()) {
            Route route = layout.route(edge.id()).orElseThrow(() -> new AssertionError("no route for " + edge.id()));
            assertTouches(route.start(), layout.box(edge.from()), edge.id());
            assertTouches(route.end(), layout.box(edge.to()), edge.id());
            for (int i = 1; i < route.points().size(); i++) {
                Position a = route.points().get(i - 1);
                Position b = route.points().get(i);
                assertThat(Math.abs(a.x() - b.x()) < 0.01 || Math.abs(a.y() - b.y()) < 0.01)
                        .as("orthogonal segment of " + edge.id()).isTrue();
            }
        }
    }

    @Test
    void theSameGraphGivesTheSameCoordinates() throws Exception {
        StackGraph graph = Corpus.graph(Corpus.sample());

        GraphLayout first = layouter.layout(graph, Map.of());
        GraphLayout second = new GraphLayouter().layout(Corpus.graph(Corpus.sample()), Map.of());

        assertThat(second.boxes()).isEqualTo(first.boxes());
        assertThat(second.routes()).isEqualTo(first.routes());
    }

    @Test
    void dependenciesAreRightOfTheirDependentsAndResourcesRightOfTheirUsers() throws Exception {
        StackGraph graph = Corpus.graph(Corpus.sample());

        GraphLayout layout = layouter.layout(graph, Map.of());

        double proxy = layout.box("service:proxy").x();
        double backend = layout.box("service:backend").x();
        double db = layout.box("service:db").x();
        assertThat(proxy).isLessThan(backend);
        assertThat(backend).isLessThan(db);
        assertThat(layout.box("volume:db-data").x()).isGreaterThan(db);
        assertThat(layout.box("service:db").width()).isEqualTo(GraphLayouter.SERVICE_WIDTH);
        assertThat(layout.box("volume:db-data").height()).isEqualTo(GraphLayouter.RESOURCE_HEIGHT);
    }

    @Test
    void mountTargetsGetALabelPositionOnTheirWire() throws Exception {
        StackGraph graph = Corpus.graph(Corpus.sample());

        GraphLayout layout = layouter.layout(graph, Map.of());

        GraphEdge mount = graph.edges().stream().filter(e -> e.kind() == EdgeKind.VOLUME).findFirst().orElseThrow();
        assertThat(layout.route(mount.id()).orElseThrow().label()).isPresent();
        GraphEdge network = graph.edges().stream().filter(e -> e.kind() == EdgeKind.NETWORK).findFirst().orElseThrow();
        assertThat(layout.route(network.id()).orElseThrow().label()).isEmpty();
    }

    @Test
    void pinnedNodesStayAndTheOthersMoveOutOfTheirWay() throws Exception {
        StackGraph graph = Corpus.graph(Corpus.sample());
        GraphLayout free = layouter.layout(graph, Map.of());
        NodeBox cache = free.box("service:cache");
        // Drop the proxy right on top of where the cache was laid out, and pin the db far away.
        Map<String, Position> pinned = new HashMap<>();
        pinned.put("service:proxy", new Position(cache.x() + 10, cache.y() + 5));
        pinned.put("service:db", new Position(900, 700));

        GraphLayout layout = layouter.layout(graph, pinned);

        assertThat(layout.box("service:proxy").x()).isEqualTo(cache.x() + 10);
        assertThat(layout.box("service:proxy").y()).isEqualTo(cache.y() + 5);
        assertThat(layout.box("service:db").x()).isEqualTo(900);
        assertThat(layout.box("service:db").y()).isEqualTo(700);
        assertThat(layout.box("service:cache")).isNotEqualTo(cache);
        assertPlacedWithoutOverlap(graph, layout);
        assertThat(layout).isEqualTo(layouter.layout(graph, Map.copyOf(pinned)));
        // Wires of moved nodes are re-routed to where the nodes are now.
        for (GraphEdge edge : graph.edges()) {
            Route route = layout.route(edge.id()).orElseThrow();
            assertTouches(route.start(), layout.box(edge.from()), edge.id());
            assertTouches(route.end(), layout.box(edge.to()), edge.id());
        }
    }

    @Test
    void anEmptyGraphHasAnEmptyLayout() {
        GraphLayout layout = layouter.layout(new StackGraph(List.of(), List.of()), Map.of());

        assertThat(layout.boxes()).isEmpty();
        assertThat(layout.routes()).isEmpty();
    }

    static void assertPlacedWithoutOverlap(StackGraph graph, GraphLayout layout) {
        assertThat(layout.boxes().keySet()).containsExactlyInAnyOrderElementsOf(
                graph.nodes().stream().map(GraphNode::id).toList());
        List<NodeBox> boxes = List.copyOf(layout.boxes().values());
        for (int i = 0; i < boxes.size(); i++) {
            NodeBox a = boxes.get(i);
            assertThat(Double.isFinite(a.x()) && Double.isFinite(a.y())).as(a.id()).isTrue();
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(GraphLayouter.overlaps(a, boxes.get(j), 0)).as(a + " overlaps " + boxes.get(j)).isFalse();
            }
        }
    }

    private static void assertTouches(Position p, NodeBox box, String what) {
        double tolerance = 1;
        boolean inside = p.x() >= box.x() - tolerance && p.x() <= box.x() + box.width() + tolerance
                && p.y() >= box.y() - tolerance && p.y() <= box.y() + box.height() + tolerance;
        assertThat(inside).as(what + ": " + p + " on " + box).isTrue();
    }
}
