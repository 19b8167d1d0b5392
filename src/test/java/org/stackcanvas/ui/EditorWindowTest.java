package org.stackcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stackcanvas.ui.canvas.CanvasPrompts;
import org.stackcanvas.ui.canvas.CanvasView;
import org.stackcanvas.ui.inspector.InspectorView;
import org.stackcanvas.ui.yaml.YamlPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window with all its panes, driven as a user would: palette drags, wires, the
 * inspector, delete, typing YAML; the results are checked in the file on disk.
 */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {

    private static final String STACK = """
            # a small shop
            services:
              web:
                image: nginx:1.25  # front door
                depends_on:
                  - db
                links:
                  - db:database
              db:
                image: postgres:16
            networks:
              front: {}
            volumes:
              data: {}
            """;

    private final Preferences preferences = Preferences.userRoot().node("stackcanvas-window-" + System.nanoTime());
    private Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("window-test");
        Files.writeString(dir.resolve("compose.yaml"), STACK);
        CanvasPrompts prompts = new CanvasPrompts() {
            @Override
            public Optional<String> mountTarget(String service, String source, String suggested) {
                return Optional.of("/var/lib/postgresql/data");
            }

            @Override
            public Optional<String> dependencyCondition(String service, String dependency) {
                return Optional.of("service_healthy");
            }
        };
        ProjectOpener opener = new ProjectOpener(Map.of());
        window = new MainWindow(stage, session -> new StandardViews(session, prompts),
                new MainWindowTest.ScriptedPrompts(), opener, new RecentFiles(preferences));
        window.show(opener.open(dir.resolve("compose.yaml")));
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    private String saved(FxRobot robot) throws Exception {
        robot.interact(() -> assertThat(window.files().save()).isTrue());
        return Files.readString(dir.resolve("compose.yaml"));
    }

    private CanvasView canvas(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof CanvasView).queryAs(CanvasView.class);
    }

    /** The canvas card of the element {@code name} of a kind ("service", "network", "volume"). */
    private Node card(FxRobot robot, String kind, String name) {
        return robot.lookup(".canvas-node").match((Node n) -> n.getStyleClass().contains("node-" + kind)
                && name.equals(nameOf(n))).query();
    }

    private static String nameOf(Node card) {
        Node label = card.lookup(".node-name");
        return label instanceof Text t ? t.getText() : label instanceof Labeled l ? l.getText() : null;
    }

    private Node handleOf(Node card) {
        return card.lookup(".node-handle");
    }

    /** A screen point inside the canvas that no card covers. */
    private Point2D emptyCanvasPoint(FxRobot robot) {
        Bounds area = canvas(robot).localToScreen(canvas(robot).getLayoutBounds());
        for (double fy = 0.9; fy > 0.1; fy -= 0.1) {
            for (double fx = 0.1; fx < 0.9; fx += 0.1) {
                Point2D p = new Point2D(area.getMinX() + area.getWidth() * fx, area.getMinY() + area.getHeight() * fy);
                boolean covered = robot.lookup(".canvas-node").queryAll().stream()
                        .anyMatch(n -> n.localToScreen(n.getLayoutBounds()).contains(p));
                if (!covered) {
                    return p;
                }
            }
        }
        throw new AssertionError("the canvas has no empty spot");
    }

    @Test
    void aPaletteEntryDraggedOntoTheCanvasEndsUpInTheSavedFile(FxRobot robot) throws Exception {
        robot.drag(robot.lookup(".palette-redis").<Node>query(), MouseButton.PRIMARY)
                .moveTo(emptyCanvasPoint(robot)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        String file = saved(robot);
        assertThat(file).startsWith(STACK.substring(0, STACK.indexOf("networks:")));
        assertThat(file).containsPattern("\\n  redis(-\\d+)?:\\n    image: redis:");
    }

    @Test
    void wiresToANetworkAndAVolumeAreWrittenToTheFile(FxRobot robot) throws Exception {
        robot.drag(handleOf(card(robot, "service", "db")), MouseButton.PRIMARY).moveTo(card(robot, "network", "front")).drop();
        robot.drag(handleOf(card(robot, "service", "db")), MouseButton.PRIMARY).moveTo(card(robot, "volume", "data")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        String file = saved(robot);
        assertThat(file).contains("  db:\n    image: postgres:16\n    networks:\n      - front\n"
                + "    volumes:\n      - data:/var/lib/postgresql/data\n");
    }

    @Test
    void theInspectorEditsTheImageAndTheShortcutsUndoAndRedo(FxRobot robot) throws Exception {
        robot.clickOn(card(robot, "service", "web").lookup(".node-name"));
        InspectorView inspector = robot.lookup((Node n) -> n instanceof InspectorView).queryAs(InspectorView.class);
        TextField tag = robot.lookup("#image-tag").queryAs(TextField.class);
        robot.interact(() -> inspector.reveal(tag));
        robot.clickOn(tag);
        robot.interact(tag::selectAll);
        robot.write("1.27").type(KeyCode.ENTER);
        assertThat(window.session().document("compose.yaml").text()).contains("image: nginx:1.27  # front door");
        robot.clickOn(card(robot, "service", "db").lookup(".node-name"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(window.session().document("compose.yaml").text()).isEqualTo(STACK);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(saved(robot)).isEqualTo(STACK.replace("nginx:1.25", "nginx:1.27"));
    }

    @Test
    void deletingAServiceOthersDependOnRemovesEveryReference(FxRobot robot) throws Exception {
        robot.clickOn(card(robot, "service", "db").lookup(".node-name"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved(robot)).isEqualTo("""
                # a small shop
                services:
                  web:
                    image: nginx:1.25  # front door
                networks:
                  front: {}
                volumes:
                  data: {}
                """);
        assertThat(robot.lookup(".canvas-node").match((Node n) -> "db".equals(nameOf(n))).tryQuery()).isEmpty();
    }

    @Test
    void typingInTheYamlPaneUpdatesTheCanvas(FxRobot robot) {
        YamlPane yaml = robot.lookup((Node n) -> n instanceof YamlPane).queryAs(YamlPane.class);
        String text = yaml.codeArea().getText();
        robot.interact(() -> yaml.codeArea().replaceText(text.replace("networks:", "  cache:\n    image: redis:7\nnetworks:")));
        WaitForAsyncUtils.sleep((long) YamlPane.DEBOUNCE.toMillis() + 400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().snapshot().model().services()).containsKey("cache");
        assertThat(card(robot, "service", "cache")).isNotNull();
    }
}
