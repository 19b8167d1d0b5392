package org.stackcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.diagram.Position;

class DiagramCliTest {

    private static final String COMPOSE = """
            services:
              web:
                image: nginx:1.27
                ports: ["8080:80"]
                depends_on:
                  db: {condition: service_healthy}
              db:
                image: postgres:16
                volumes: [db-data:/var/lib/postgresql/data]
            volumes:
              db-data: {}
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(Map.of(), dir).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void drawsAFolderAsPngAndAFileAsSvg() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), COMPOSE);

        assertThat(run("diagram", ".", "-o", "out/stack.png")).as(stderr()).isZero();
        assertThat(run("diagram", "compose.yaml", "-o", "stack.svg")).as(stderr()).isZero();

        BufferedImage image = ImageIO.read(dir.resolve("out/stack.png").toFile());
        assertThat(image.getWidth()).isGreaterThan(300);
        String svg = Files.readString(dir.resolve("stack.svg"));
        assertThat(svg).startsWith("<?xml").contains(">web</text>", ">db</text>", ">db-data</text>", "8080:80");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote ").contains("stack.svg");
    }

    @Test
    void theProjectsLayoutFileDecidesWhereMovedNodesGo() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
        Files.writeString(dir.resolve(DiagramCli.LAYOUT_FILE),
                "{\"service:db\": {\"x\": 40, \"y\": 600}, \"service:gone\": {\"x\": 1, \"y\": 2}}");

        assertThat(run("diagram", ".", "-o", "pinned.svg")).as(stderr()).isZero();
        assertThat(run("diagram", ".", "-o", "free.svg", "--layout", "empty.json")).isEqualTo(Cli.INPUT_PROBLEM);
        Files.writeString(dir.resolve("empty.json"), "{}");
        assertThat(run("diagram", ".", "-o", "free.svg", "--layout", "empty.json")).as(stderr()).isZero();

        // The db card is drawn 600 units below the web card's top in the pinned picture only.
        assertThat(cardY(Files.readString(dir.resolve("pinned.svg")), "service:db"))
                .isGreaterThan(cardY(Files.readString(dir.resolve("pinned.svg")), "service:web") + 300);
        assertThat(cardY(Files.readString(dir.resolve("free.svg")), "service:db"))
                .isLessThan(cardY(Files.readString(dir.resolve("free.svg")), "service:web") + 300);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 placed by the layout file");
    }

    @Test
    void aBrokenLayoutFileOrProjectIsExitOne() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
        Files.writeString(dir.resolve(DiagramCli.LAYOUT_FILE), "{\"service:db\": {\"x\": 40,");

        assertThat(run("diagram", ".", "-o", "x.png")).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(stderr()).contains(DiagramCli.LAYOUT_FILE + ": not a layout file");
        assertThat(dir.resolve("x.png")).doesNotExist();

        err.reset();
        Files.writeString(dir.resolve("bad.yaml"), "services:\n  web:\n    image: [nginx\n");
        assertThat(run("diagram", "bad.yaml", "-o", "x.png")).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(stderr()).contains("bad.yaml:3:");
        assertThat(run("diagram", "missing.yaml", "-o", "x.png")).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(run("diagram", "empty-folder-" + System.nanoTime(), "-o", "x.png")).isEqualTo(Cli.INPUT_PROBLEM);
    }

    @Test
    void wrongUsageIsExitTwo() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), COMPOSE);

        assertThat(run("diagram", ".")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("-o OUT.png");
        assertThat(run("diagram", "-o", "x.png")).isEqualTo(Cli.USAGE);
        assertThat(run("diagram", ".", "-o", "x.jpg")).isEqualTo(Cli.USAGE);
        assertThat(run("diagram", ".", "-o", "x.png", "--scale", "0")).isEqualTo(Cli.USAGE);
        assertThat(run("diagram", ".", "-o", "x.png", "--bogus")).isEqualTo(Cli.USAGE);
        assertThat(run("diagram", ".", "other", "-o", "x.png")).isEqualTo(Cli.USAGE);
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void helpExplainsTheCommand() {
        assertThat(run("diagram", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: stackcanvas diagram", "--layout",
                ".stackcanvas-layout.json", "Exit status");
        out.reset();
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("diagram");
    }

    @Test
    void layoutJsonReaderAcceptsPlainAndWrappedPositions() throws Exception {
        assertThat(org.stackcanvas.diagram.LayoutJson.positions("""
                {"version": 1, "service:a": {"x": 1.5, "y": -2e1},
                 "nodes": {"volume:v\\u0031": {"y": 4, "x": 3}}, "skip": {"x": "1", "y": 2}, "list": [true, null]}
                """)).containsExactly(Map.entry("service:a", new Position(1.5, -20)),
                Map.entry("volume:v1", new Position(3, 4)));
        for (String bad : new String[] {"", "[]", "{", "{\"a\" 1}", "{\"a\": 1} x", "{\"a\": tru}", "{\"a\": \"x}"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.stackcanvas.diagram.LayoutJson.positions(bad))
                    .as(bad).isInstanceOf(org.stackcanvas.diagram.LayoutJson.SyntaxError.class);
        }
    }

    private static double cardY(String svg, String nodeId) {
        int group = svg.indexOf("<g id=\"" + nodeId + "\"");
        assertThat(group).as(nodeId).isPositive();
        // The card is the second rect of the group (the first is its shadow).
        int rect = svg.indexOf("<rect ", svg.indexOf("<rect ", group) + 1);
        int y = svg.indexOf(" y=\"", rect) + 4;
        return Double.parseDouble(svg.substring(y, svg.indexOf('"', y)));
    }
}
