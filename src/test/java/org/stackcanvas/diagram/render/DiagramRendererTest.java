package org.stackcanvas.diagram.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stackcanvas.diagram.Corpus;
import org.stackcanvas.diagram.GraphLayout;
import org.stackcanvas.diagram.GraphLayouter;
import org.stackcanvas.diagram.GraphNode;
import org.stackcanvas.diagram.StackGraph;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DiagramRendererTest {

    static Stream<Path> projects() throws Exception {
        return Stream.concat(Stream.of(Corpus.sample()), Corpus.projects());
    }

    @ParameterizedTest
    @MethodSource("projects")
    void svgIsWellFormedAndNamesEveryNode(Path project) throws Exception {
        StackGraph graph = Corpus.graph(project);
        GraphLayout layout = new GraphLayouter().layout(graph, Map.of());

        String svg = new SvgDiagramRenderer().toSvg(graph, layout);

        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(Double.parseDouble(root.getAttribute("width"))).isGreaterThan(100);
        Set<String> titles = new HashSet<>();
        NodeList groups = document.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("class").startsWith("node ")) {
                titles.add(group.getElementsByTagName("title").item(0).getTextContent());
            }
        }
        assertThat(titles).containsAll(graph.nodes().stream().map(GraphNode::name).toList());
        // Names that fit are written out in full on the card itself.
        List<String> texts = new ArrayList<>();
        NodeList textNodes = document.getElementsByTagName("text");
        for (int i = 0; i < textNodes.getLength(); i++) {
            texts.add(textNodes.item(i).getTextContent());
        }
        for (GraphNode node : graph.nodes()) {
            assertThat(texts).as(node.name()).anyMatch(t -> t.equals(node.name())
                    || (t.endsWith("…") && node.name().startsWith(t.substring(0, t.length() - 1)))
                    || (t.startsWith("…") && node.name().endsWith(t.substring(1))));
        }
    }

    @ParameterizedTest
    @MethodSource("projects")
    void pngIsAPictureOfSensibleSize(Path project) throws Exception {
        StackGraph graph = Corpus.graph(project);
        GraphLayout layout = new GraphLayouter().layout(graph, Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new PngDiagramRenderer().render(graph, layout, out);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isBetween(300, PngDiagramRenderer.MAX_SIDE);
        assertThat(image.getHeight()).isBetween(100, PngDiagramRenderer.MAX_SIDE);
        // Layout width in pixels at scale 1.5, plus margins: the picture is the layout, not a thumbnail.
        assertThat(image.getWidth()).isGreaterThanOrEqualTo((int) (layout.width() * 1.5 * 0.9));
        assertThat(distinctColors(image)).isGreaterThan(50);
    }

    @Test
    void samePictureTwice() throws Exception {
        StackGraph graph = Corpus.graph(Corpus.sample());
        GraphLayout layout = new GraphLayouter().layout(graph, Map.of());

        assertThat(new SvgDiagramRenderer().toSvg(graph, layout))
                .isEqualTo(new SvgDiagramRenderer().toSvg(Corpus.graph(Corpus.sample()),
                        new GraphLayouter().layout(Corpus.graph(Corpus.sample()), Map.of())));
    }

    @Test
    void dependsOnConditionsAreDrawnAsSolidDashedAndDottedLines() throws Exception {
        Path dir = Files.createTempDirectory("deps");
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    image: nginx
                    depends_on:
                      api: {condition: service_healthy}
                      migrate: {condition: service_completed_successfully}
                      cache: {condition: service_started}
                  api: {image: python:3}
                  migrate: {image: python:3}
                  cache: {image: redis}
                """);
        StackGraph graph = Corpus.graph(dir);

        Document svg = parse(new SvgDiagramRenderer().toSvg(graph, new GraphLayouter().layout(graph, Map.of())));

        assertThat(dashOf(svg, "depends_on:service:web->service:api@service_healthy")).isEmpty();
        assertThat(dashOf(svg, "depends_on:service:web->service:cache@service_started")).isNotEmpty();
        String dotted = dashOf(svg, "depends_on:service:web->service:migrate@service_completed_successfully");
        assertThat(dotted).isNotEmpty().isNotEqualTo(dashOf(svg, "depends_on:service:web->service:cache@service_started"));
    }

    @Test
    void writesTheSampleForPeopleToLookAt() throws Exception {
        StackGraph graph = Corpus.graph(Corpus.sample());
        GraphLayout layout = new GraphLayouter().layout(graph, Map.of());
        Path folder = Files.createDirectories(Path.of("target", "diagrams"));
        try (var out = Files.newOutputStream(folder.resolve("sample.png"))) {
            new PngDiagramRenderer().render(graph, layout, out);
        }
        Files.writeString(folder.resolve("sample.svg"), new SvgDiagramRenderer().toSvg(graph, layout));
        assertThat(folder.resolve("sample.png")).isNotEmptyFile();
    }

    private static String dashOf(Document svg, String wireId) {
        Element group = svg.getElementById(wireId);
        if (group == null) {
            NodeList groups = svg.getElementsByTagName("g");
            for (int i = 0; i < groups.getLength(); i++) {
                if (((Element) groups.item(i)).getAttribute("id").equals(wireId)) {
                    group = (Element) groups.item(i);
                }
            }
        }
        assertThat(group).as(wireId).isNotNull();
        return ((Element) group.getElementsByTagName("polyline").item(0)).getAttribute("stroke-dasharray");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static int distinctColors(BufferedImage image) {
        Set<Integer> colors = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colors.add(image.getRGB(x, y));
            }
        }
        return colors.size();
    }
}
