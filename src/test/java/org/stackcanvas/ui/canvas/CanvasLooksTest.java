package org.stackcanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stackcanvas.diagram.NodeBox;
import org.stackcanvas.project.ProjectOptions;
import org.stackcanvas.ui.session.EditorSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The canvas reads like the exported diagram: routed wires, cards whose texts fit, a readable zoom. */
@ExtendWith(ApplicationExtension.class)
class CanvasLooksTest {

    static final String STACK = """
            services:
              frontend:
                image: registry.example.com/shop/frontend:2.0.1
                depends_on:
                  backend:
                    condition: service_healthy
                volumes:
                  - ./deploy/configuration/nginx/sites-enabled/default.conf:/etc/nginx/conf.d/default.conf
              backend:
                image: python:3.12
                networks: [internal]
                volumes:
                  - data:/data
              db:
                image: postgres:16
                networks: [internal]
            networks:
              internal: {}
            volumes:
              data: {}
            """;

    private EditorSession session;
    private CanvasView canvas;

    @Start
    void start(Stage stage) throws Exception {
        // The canvas's colours are the theme's looked-up colours, as in the application.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path dir = Files.createTempDirectory("canvas-looks");
        Files.writeString(dir.resolve("compose.yaml"), STACK);
        session = EditorSession.open(ProjectOptions.forDirectory(dir));
        canvas = new CanvasView(session, null, Runnable::run);
        stage.setScene(new Scene(canvas, 1000, 700));
        stage.show();
    }

    @Test
    void longImageNamesAndPathsAreShortenedAtTheStartWithTheFullTextInATooltip(FxRobot robot) {
        robot.interact(() -> canvas.layout());
        NodeView frontend = canvas.nodeViews.get("service:frontend");
        String shown = frontend.subtitleText().getText();
        assertThat(shown).startsWith("…/").endsWith("frontend:2.0.1");
        assertThat(frontend.subtitleText().getBoundsInParent().getMaxX()).isLessThanOrEqualTo(frontend.getWidth());
        assertThat(frontend.tooltipText()).contains("registry.example.com/shop/frontend:2.0.1");

        NodeView bind = canvas.nodeViews.values().stream().filter(v -> v.nodeId().startsWith("bind:")).findFirst()
                .orElseThrow();
        assertThat(bind.nameLabel().getText()).startsWith("…").endsWith("default.conf");
        assertThat(bind.nameLabel().localToScene(bind.nameLabel().getBoundsInLocal()).getMaxX())
                .isLessThanOrEqualTo(bind.localToScene(bind.getBoundsInLocal()).getMaxX());
        assertThat(bind.tooltipText()).contains("./deploy/configuration/nginx/sites-enabled/default.conf");

        NodeView db = canvas.nodeViews.get("service:db");
        assertThat(db.subtitleText().getText()).isEqualTo("postgres:16");
        assertThat(db.tooltipText()).isNull();
    }

    @Test
    void wiresAreRightAngledAndFollowADraggedNode(FxRobot robot) {
        assertOrthogonal();
        NodeBox backend = canvas.boxes.get("service:backend");
        robot.interact(() -> {
            canvas.select(List.of("service:backend"));
            CanvasGestures drag = new CanvasGestures(canvas);
            drag.beginDrag();
            drag.dragBy(140, 260);
            NodeBox moved = canvas.boxes.get("service:backend");
            WireView volume = wire("service:backend", "volume:data");
            // The wire now leaves the moved card, wherever it went.
            assertThat(volume.route().start().x()).isBetween(moved.x(), moved.x() + moved.width());
            assertThat(volume.route().start().y()).isBetween(moved.y(), moved.y() + moved.height());
            assertOrthogonal();
            drag.commitMove();
        });
        assertThat(canvas.boxes.get("service:backend").x()).isEqualTo(backend.x() + 140);
        assertOrthogonal();
        robot.interact(() -> session.undo());
        assertThat(canvas.boxes.get("service:backend")).isEqualTo(backend);
        assertOrthogonal();
    }

    @Test
    void theFirstViewIsReadable() {
        assertThat(canvas.getZoom()).isBetween(CanvasZoom.INITIAL_MIN, CanvasZoom.INITIAL_MAX);
        assertThat(canvas.lookupAll(".canvas-legend").iterator().next().isVisible()).isTrue();
    }

    private WireView wire(String from, String to) {
        return canvas.lookupAll(".wire").stream().map(WireView.class::cast)
                .filter(w -> w.edge().from().equals(from) && w.edge().to().equals(to)).findFirst().orElseThrow();
    }

    private void assertOrthogonal() {
        List<WireView> wires = canvas.lookupAll(".wire").stream().map(WireView.class::cast).toList();
        assertThat(wires).hasSize(5);
        for (WireView wire : wires) {
            List<Double> p = wire.linePoints();
            assertThat(p.size()).as(wire.edge().id()).isGreaterThanOrEqualTo(4);
            for (int i = 0; i + 3 < p.size(); i += 2) {
                boolean horizontal = Math.abs(p.get(i + 1) - p.get(i + 3)) < 0.01;
                boolean vertical = Math.abs(p.get(i) - p.get(i + 2)) < 0.01;
                assertThat(horizontal || vertical).as(wire.edge().id() + " segment " + i / 2 + " " + p).isTrue();
            }
        }
    }
}
