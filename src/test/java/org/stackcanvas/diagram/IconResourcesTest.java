package org.stackcanvas.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every icon key the catalog hands out has our SVG and its 64 px PNG on the class path. */
class IconResourcesTest {

    static Stream<String> keys() {
        return Stream.of("postgres", "mysql", "mongo", "redis", "nginx", "proxy", "python", "node", "go", "java",
                "search", "queue", "monitor", "php", "generic", "network", "volume", "folder", "envfile", "secret",
                "config");
    }

    @ParameterizedTest
    @MethodSource("keys")
    void svgAndPngExist(String key) throws Exception {
        try (InputStream svg = getClass().getResourceAsStream("/org/stackcanvas/icons/" + key + ".svg");
                InputStream png = getClass().getResourceAsStream("/org/stackcanvas/icons/" + key + ".png")) {
            assertThat(svg).as(key + ".svg").isNotNull();
            assertThat(png).as(key + ".png").isNotNull();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            assertThat(factory.newDocumentBuilder().parse(svg).getDocumentElement().getAttribute("viewBox"))
                    .isEqualTo("0 0 64 64");
            BufferedImage image = ImageIO.read(png);
            assertThat(image.getWidth()).isEqualTo(64);
            assertThat(image.getHeight()).isEqualTo(64);
        }
    }

    @Test
    void theCatalogOnlyHandsOutKeysThatHaveIcons() {
        List<String> keys = keys().toList();
        for (String image : List.of("postgres:16", "mariadb", "mongo", "redis", "nginx", "traefik", "python:3",
                "node:20", "golang", "openjdk", "elasticsearch", "rabbitmq", "grafana/grafana", "wordpress",
                "busybox", "unknown/thing")) {
            assertThat(keys).contains(IconCatalog.forImage(image));
        }
        for (NodeKind kind : NodeKind.values()) {
            assertThat(keys).contains(IconCatalog.forKind(kind));
        }
    }

    @Test
    void warmUpLaysOutWithoutFailing() {
        GraphLayouter.warmUp();
        assertThat(new GraphLayouter().layout(new StackGraph(List.of(), List.of()), Map.of()).boxes()).isEmpty();
    }
}
