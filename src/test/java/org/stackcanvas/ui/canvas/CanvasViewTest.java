package org.stackcanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stackcanvas.diagram.LayoutFile;
import org.stackcanvas.diagram.NodeBox;
import org.stackcanvas.project.ProjectOptions;
import org.stackcanvas.ui.palette.PaletteView;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ElementRef;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CanvasViewTest {

    static final String STACK = """
            services:
              web:
                image: nginx:1.27
                ports:
                  - "8080:80"
                depends_on:
                  - api
              api:
                image: python:3.12
                depends_on:
                  db:
                    condition: service_healthy
              db:
                image: postgres:16
            networks:
              front: {}
            volumes:
              db-data: {}
            """;

    private Path dir;
    private EditorSession session;
    private CanvasView canvas;
    private PaletteView palette;

    @Start
    void start(Stage stage) throws Exception {
        // The canvas's colours are the theme's looked-up colours, as in the application.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dir = Files.createTempDirectory("canvas-test");
        Files.writeString(dir.resolve("compose.yaml"), STACK);
        session = EditorSession.open(ProjectOptions.forDirectory(dir));
        CanvasPrompts prompts = new CanvasPrompts() {
            @Override
            public Optional<String> mountTarget(String service, String source, String suggested) {
                return Optional.of(suggested);
            }

            @Override
            public Optional<String> dependencyCondition(String service, String dependency) {
                return Optional.of("service_healthy");
            }
        };
        canvas = new CanvasView(session, prompts, Runnable::run);
        palette = new PaletteView(canvas);
        BorderPane root = new BorderPane(canvas);
        root.setLeft(palette);
        stage.setScene(new Scene(root, 1100, 700));
        stage.show();
    }

    private String text() {
        return session.document(session.primaryDocument()).text();
    }

    private NodeView node(String id) {
        return canvas.nodeViews.get(id);
    }

    /** A screen point of the canvas where no node is. */
    private Point2D emptyScreenPoint(double fx, double fy) {
        Bounds b = canvas.viewport.localToScreen(canvas.viewport.getLayoutBounds());
        for (double x = b.getMinX() + b.getWidth() * fx; x < b.getMaxX(); x += 30) {
            Point2D world = canvas.world.screenToLocal(x, b.getMinY() + b.getHeight() * fy);
            if (canvas.nodeAt(world) == null) {
                return new Point2D(x, b.getMinY() + b.getHeight() * fy);
            }
        }
        throw new AssertionError("no empty point");
    }

    @Test
    void showsEveryElementWithItsWires() {
        assertThat(canvas.nodeViews).containsKeys("service:web", "service:api", "service:db", "network:front",
                "volume:db-data");
        assertThat(node("service:web").lookupAll(".port-badge")).extracting(n -> ((Label) n).getText())
                .containsExactly("8080:80");
        assertThat(node("service:db").lookupAll(".port-badge")).isEmpty();
        assertThat(canvas.lookupAll(".wire-depends-on")).hasSize(2);
        assertThat(canvas.lookupAll(".wire-depends-on.condition-healthy")).hasSize(1);
    }

    @Test
    void dragAPaletteEntryOntoTheCanvasAddsAService(FxRobot robot) {
        Node entry = robot.lookup(".palette-postgres").query();
        robot.drag(entry, MouseButton.PRIMARY).moveTo(emptyScreenPoint(0.5, 0.85)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text()).contains("  db-2:\n    image: postgres:16-alpine\n")
                .contains("POSTGRES_PASSWORD").contains("db-2-data:/var/lib/postgresql/data");
        assertThat(canvas.nodeViews).containsKey("service:db-2");
        assertThat(session.selection()).containsExactly(ElementRef.service("db-2"));
        robot.drag(robot.lookup(".palette-service").<Node>query(), MouseButton.PRIMARY)
                .moveTo(emptyScreenPoint(0.3, 0.9)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text()).contains("  service-1: {}");
        robot.interact(() -> session.undo());
        robot.interact(() -> session.undo());
        assertThat(text()).isEqualTo(STACK);
        assertThat(canvas.nodeViews).doesNotContainKey("service:db-2");
        assertThat(canvas.layoutState().position("service:db-2")).isEmpty();
    }

    @Test
    void wiresAServiceToANetworkAndAVolume(FxRobot robot) {
        robot.drag(node("service:db").handle(), MouseButton.PRIMARY).moveTo(node("network:front")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text()).contains("    image: postgres:16\n    networks:\n      - front\n");
        robot.drag(node("service:db").handle(), MouseButton.PRIMARY).moveTo(node("volume:db-data")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text()).contains("    volumes:\n      - db-data:/var/lib/postgresql/data\n");
        assertThat(canvas.lookupAll(".wire-volume")).hasSize(1);
        assertThat(canvas.lookupAll(".wire-network")).hasSize(1);
    }

    @Test
    void aMeaninglessWireIsRefusedWithAHint(FxRobot robot) {
        robot.drag(node("network:front").handle(), MouseButton.PRIMARY).moveTo(node("volume:db-data")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Label hint = robot.lookup(".canvas-hint").queryAs(Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).contains("network cannot be wired to a volume");
        assertThat(text()).isEqualTo(STACK);
        assertThat(session.commandStack().canUndo()).isFalse();
    }

    @Test
    void aDependencyWireAsksForTheCondition(FxRobot robot) {
        robot.drag(node("service:web").handle(), MouseButton.PRIMARY).moveTo(node("service:db")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text()).contains("    depends_on:\n      api:\n        condition: service_started\n"
                + "      db:\n        condition: service_healthy\n");
    }

    @Test
    void movingANodeIsOneUndoStepAndIsSavedBesideTheComposeFile(FxRobot robot) throws Exception {
        NodeBox before = canvas.boxes.get("service:api");
        robot.drag(node("service:api").nameLabel(), MouseButton.PRIMARY).moveBy(60, 0).moveBy(60, 40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        NodeBox after = canvas.boxes.get("service:api");
        assertThat(after.x()).isGreaterThan(before.x() + 50);
        assertThat(session.commandStack().undoSize()).isEqualTo(1);
        assertThat(text()).isEqualTo(STACK);
        assertThat(LayoutFile.read(LayoutFile.in(dir))).containsKey("service:api");
        robot.interact(() -> session.undo());
        assertThat(canvas.boxes.get("service:api").x()).isEqualTo(before.x());
        assertThat(canvas.boxes.get("service:api").y()).isEqualTo(before.y());
        assertThat(node("service:api").getLayoutX()).isEqualTo(before.x());
    }

    @Test
    void clickCtrlClickAndMarqueeSelect(FxRobot robot) {
        robot.clickOn(node("service:web").nameLabel());
        assertThat(session.selection()).containsExactly(ElementRef.service("web"));
        robot.press(KeyCode.CONTROL).clickOn(node("service:db").nameLabel()).release(KeyCode.CONTROL);
        assertThat(session.selection()).containsExactlyInAnyOrder(ElementRef.service("web"), ElementRef.service("db"));
        assertThat(node("service:db").getPseudoClassStates()).contains(NodeView.SELECTED);
        robot.clickOn(emptyScreenPoint(0.9, 0.9));
        assertThat(session.selection()).isEmpty();

        // a marquee around the three services
        NodeBox web = canvas.boxes.get("service:web");
        double minX = canvas.boxes.values().stream().filter(b -> b.id().startsWith("service:")).mapToDouble(NodeBox::x).min().orElseThrow();
        double minY = canvas.boxes.values().stream().filter(b -> b.id().startsWith("service:")).mapToDouble(NodeBox::y).min().orElseThrow();
        double maxX = canvas.boxes.values().stream().filter(b -> b.id().startsWith("service:")).mapToDouble(b -> b.x() + b.width()).max().orElseThrow();
        double maxY = canvas.boxes.values().stream().filter(b -> b.id().startsWith("service:")).mapToDouble(b -> b.y() + b.height()).max().orElseThrow();
        // Up to halfway into the farthest card: touching a card is enough to select it.
        Point2D from = canvas.world.localToScreen(minX - 10, minY - 10);
        Point2D to = canvas.world.localToScreen(maxX - web.width() / 2, maxY - 10);
        robot.moveTo(from).press(KeyCode.SHIFT).press(MouseButton.PRIMARY).moveTo(to)
                .release(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        assertThat(session.selection()).containsExactlyInAnyOrder(ElementRef.service("web"), ElementRef.service("api"),
                ElementRef.service("db"));
    }

    @Test
    void deletingAServiceOthersDependOnRemovesEveryReference(FxRobot robot) {
        robot.clickOn(node("service:api").nameLabel());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text()).doesNotContain("api").contains("  web:\n    image: nginx:1.27\n");
        assertThat(canvas.nodeViews).doesNotContainKey("service:api");
        assertThat(canvas.lookupAll(".wire-depends-on")).isEmpty();
        robot.interact(() -> session.undo());
        assertThat(text()).isEqualTo(STACK);
    }

    @Test
    void deletingAVolumeUnmountsItEverywhere(FxRobot robot) {
        robot.drag(node("service:db").handle(), MouseButton.PRIMARY).moveTo(node("volume:db-data")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node("volume:db-data").nameLabel());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text()).doesNotContain("db-data").doesNotContain("\nvolumes:");
        robot.interact(() -> session.undo());
        assertThat(text()).contains("db-data:/var/lib/postgresql/data");
    }

    @Test
    void renameInPlace(FxRobot robot) {
        robot.doubleClickOn(node("service:db").nameLabel());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("database").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text()).contains("  database:\n    image: postgres:16\n").contains("      database:\n        condition");
        assertThat(canvas.nodeViews).containsKey("service:database");
        robot.interact(() -> session.undo());
        assertThat(text()).isEqualTo(STACK);
    }

    @Test
    void copyPasteAndDuplicateGiveUniqueNames(FxRobot robot) {
        robot.clickOn(node("service:web").nameLabel());
        robot.push(KeyCode.CONTROL, KeyCode.C).push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text()).contains("  web-2:\n    image: nginx:1.27\n");
        robot.interact(() -> canvas.duplicate());
        assertThat(text()).contains("  web-3:\n");
        assertThat(canvas.nodeViews).containsKeys("service:web-2", "service:web-3");
    }

    @Test
    void zoomAndFit(FxRobot robot) {
        double zoom = canvas.getZoom();
        robot.interact(() -> canvas.zoomIn());
        assertThat(canvas.getZoom()).isGreaterThan(zoom);
        robot.interact(() -> canvas.resetZoom());
        assertThat(canvas.getZoom()).isEqualTo(1.0);
        robot.interact(() -> canvas.autoLayout());
        assertThat(session.commandStack().undoDescription()).contains("Arrange automatically");
        assertThat(canvas.layoutState().positions()).hasSize(canvas.nodeViews.size());
    }

    @Test
    void severityHook(FxRobot robot) {
        robot.interact(() -> canvas.setNodeSeverity("service:web", "error"));
        assertThat(node("service:web").getStyleClass()).contains("severity-error");
        assertThat(node("service:web").problemBadge().getStyleClass()).contains("problem-badge-error");
        robot.interact(() -> canvas.setNodeProblems("service:web", "warning", 3));
        assertThat(node("service:web").getStyleClass()).contains("severity-warning").doesNotContain("severity-error");
        Label badge = node("service:web").problemBadge();
        assertThat(badge.getText()).isEqualTo("3");
        assertThat(badge.getStyleClass()).contains("problem-badge-warning").doesNotContain("problem-badge-error");
        // On the card's top-right corner, and drawn.
        assertThat(badge.getLayoutX() + badge.getWidth()).isGreaterThan(node("service:web").getWidth());
        assertThat(badge.getWidth()).isGreaterThan(8);
        robot.interact(() -> canvas.setNodeSeverity("service:web", null));
        assertThat(node("service:web").getStyleClass()).doesNotContain("severity-error", "severity-warning");
        assertThat(node("service:web").problemBadge()).isNull();
        assertThat(node("service:web").lookupAll(".problem-badge")).isEmpty();
    }

    @Test
    void anEnvFileMustBeDroppedOnAService(FxRobot robot) {
        robot.drag(robot.lookup(".palette-env-file").<Node>query(), MouseButton.PRIMARY).moveTo(node("service:api")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text()).contains("    env_file:\n      - ./api.env\n");
        assertThat(canvas.nodeViews).containsKey("envfile:./api.env");
    }

    @Test
    void rightClickOnANodeOpensTheServiceMenuAndLeavesTheOtherGesturesAlone(FxRobot robot) {
        java.util.List<java.util.List<String>> asked = new java.util.ArrayList<>();
        robot.interact(() -> canvas.setServiceMenu(services -> {
            asked.add(services);
            return new javafx.scene.control.ContextMenu(new javafx.scene.control.MenuItem("Up"));
        }));
        // Outside the selection: the node becomes the selection and the menu is for it alone.
        robot.clickOn(node("service:web").nameLabel());
        robot.rightClickOn(node("service:db").nameLabel());
        assertThat(asked).containsExactly(java.util.List.of("db"));
        assertThat(session.selection()).containsExactly(ElementRef.service("db"));
        assertThat(canvas.nodeMenu.showing()).isNotNull();
        robot.type(KeyCode.ESCAPE);

        // Inside a multi-selection: the selection stays whole and the menu is for all of it.
        robot.press(KeyCode.CONTROL).clickOn(node("service:web").nameLabel()).release(KeyCode.CONTROL);
        NodeBox before = canvas.boxes.get("service:api");
        robot.rightClickOn(node("service:web").nameLabel());
        assertThat(asked).last().isEqualTo(java.util.List.of("web", "db"));
        assertThat(session.selection()).containsExactlyInAnyOrder(ElementRef.service("web"), ElementRef.service("db"));
        robot.type(KeyCode.ESCAPE);

        // A right click is no drag: nothing moved, nothing recorded; a left drag still moves.
        assertThat(canvas.boxes.get("service:api")).isEqualTo(before);
        assertThat(session.commandStack().canUndo()).isFalse();
        robot.drag(node("service:api").nameLabel(), MouseButton.PRIMARY).moveBy(60, 0).moveBy(40, 20).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.boxes.get("service:api").x()).isGreaterThan(before.x() + 50);

        // Other nodes than services have no run menu.
        int menus = asked.size();
        robot.rightClickOn(node("network:front").nameLabel());
        assertThat(asked).hasSize(menus);
    }

    @Test
    void withoutAServiceMenuARightClickShowsNothing(FxRobot robot) {
        robot.rightClickOn(node("service:db").nameLabel());
        assertThat(canvas.nodeMenu.showing()).isNull();
        assertThat(session.commandStack().canUndo()).isFalse();
    }
}
