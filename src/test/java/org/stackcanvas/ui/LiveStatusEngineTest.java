package org.stackcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stackcanvas.runtime.ComposeCli;
import org.stackcanvas.runtime.ComposeTarget;
import org.stackcanvas.runtime.DockerFixture;
import org.stackcanvas.runtime.EngineClient;
import org.stackcanvas.runtime.RuntimeProblem;
import org.stackcanvas.ui.canvas.CanvasView;
import org.stackcanvas.ui.session.ElementRef;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor on a stack that runs on a real Docker Engine (skipped without one, failing under CI):
 * the cards, the inspector and the status bar follow what Compose does.
 */
@ExtendWith(ApplicationExtension.class)
class LiveStatusEngineTest {

    private final Preferences preferences = Preferences.userRoot().node("stackcanvas-test-" + System.nanoTime());
    private static EngineClient engine;
    private static ComposeCli compose;
    private ComposeTarget target;
    private MainWindow window;

    /** Before the window starts, so that a missing Engine skips the test rather than failing its start. */
    @BeforeAll
    static void needsEngineAndCompose() {
        engine = EngineClient.connect();
        compose = DockerFixture.require(engine);
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        // The project is named after its folder, as Compose names it.
        Path dir = Files.createDirectories(Files.createTempDirectory("live").resolve(DockerFixture.uniqueProjectName()));
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    image: %1$s
                    pull_policy: never
                    init: true
                    network_mode: none
                    command: ["sh", "-c", "sleep 300"]
                    healthcheck:
                      test: ["CMD", "true"]
                      interval: 1s
                  job:
                    image: %1$s
                    pull_policy: never
                    init: true
                    network_mode: none
                    command: ["sh", "-c", "exit 3"]
                """.formatted(DockerFixture.IMAGE));
        ProjectOpener opener = new ProjectOpener(Map.of());
        window = new MainWindow(stage, StandardViews::new, new MainWindowTest.ScriptedPrompts(), opener,
                new RecentFiles(preferences));
        window.show(opener.open(dir.resolve("compose.yaml")));
        stage.show();
        target = ComposeTarget.of(window.session().snapshot().project());
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (target != null) {
            try {
                compose.down(target, true, line -> { }).await();
            } catch (RuntimeProblem ignored) {
                // Best effort.
            }
        }
        preferences.removeNode();
    }

    @Test
    void cardsAndInspectorFollowTheRunningStack(FxRobot robot) throws Exception {
        CanvasView canvas = robot.lookup((Node n) -> n instanceof CanvasView).queryAs(CanvasView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.views().runtime().engineProperty().get() != null);
        assertThat(robot.lookup("#engine-indicator").queryAs(Label.class).getText()).startsWith("Docker 2");
        assertThat(canvas.nodeRuntimeText("service:web")).isNull();

        compose.up(target, List.of("web", "job"), line -> { }).await();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "healthy 1/1".equals(canvas.nodeRuntimeText("service:web"))
                && "exited (3)".equals(canvas.nodeRuntimeText("service:job")));

        robot.interact(() -> window.session().selection().setAll(new ElementRef(ElementRef.Kind.SERVICE, "web")));
        Node live = robot.lookup("#live-status").query();
        assertThat(live.isVisible()).isTrue();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#live-memory").queryAs(Label.class).getText().contains(" / "));

        compose.stop(target, List.of("web"), line -> { }).await();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> canvas.nodeRuntimeText("service:web") != null
                && canvas.nodeRuntimeText("service:web").startsWith("exited"));
        assertThat(live.isVisible()).isFalse();
    }
}
