package org.stackcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stackcanvas.runtime.PullProgress;
import org.stackcanvas.ui.run.FakeRuntime;
import org.stackcanvas.ui.run.FakeRuntime.FakeTask;
import org.stackcanvas.ui.run.RunActions;
import org.stackcanvas.ui.run.RunExecutor;
import org.stackcanvas.ui.run.RunSettings;
import org.stackcanvas.ui.run.ScriptedRunPrompts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Run actions on their worker thread, as in the editor: while one runs the window stays usable,
 * the progress strip shows it, the other actions wait, and Cancel ends it.
 */
@ExtendWith(ApplicationExtension.class)
class RunInBackgroundTest {

    private final FakeRuntime runtime = new FakeRuntime();
    private final ScriptedRunPrompts runPrompts = new ScriptedRunPrompts();
    private final Preferences preferences = Preferences.userRoot().node("stackcanvas-run-bg-test-" + System.nanoTime());
    private MainWindow window;
    private int finished;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createDirectories(Files.createTempDirectory("run-bg").resolve("shop"));
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, RunActionsWindowTest.STACK);
        ProjectOpener opener = new ProjectOpener(Map.of());
        window = new MainWindow(stage, StandardViews::new, new MainWindowTest.ScriptedPrompts(), opener,
                new RecentFiles(preferences), host -> new RunActions(host, runtime,
                        new RunSettings(preferences.node("run")), runPrompts, RunExecutor.background()));
        window.show(opener.open(file));
        window.runActions().setOnFinished(() -> finished++);
        stage.show();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        preferences.removeNode();
    }

    private void awaitEnd() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.runActions().stateProperty().get() != RunActions.State.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void whileUpRunsTheStripShowsItAndCancelStopsIt(FxRobot robot) throws Exception {
        FakeTask task = FakeTask.blocking("Creating network shop_default", "Creating shop_api_1 ...");
        runtime.tasks = command -> task;
        robot.clickOn("#run-button-up");
        assertThat(task.started.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.runActions().runningProperty().get()).isTrue();
        assertThat(robot.lookup(".run-busy").query().isVisible()).isTrue();
        assertThat(robot.lookup(".run-action").queryLabeled().getText()).isEqualTo("Up");
        assertThat(robot.lookup(".run-last-line").queryLabeled().getText()).isEqualTo("Creating shop_api_1 ...");
        // The window answers meanwhile: the canvas still selects.
        robot.interact(() -> window.session().selection().setAll(
                org.stackcanvas.ui.session.ElementRef.service("web")));
        assertThat(window.session().selection()).hasSize(1);

        robot.clickOn("#run-cancel");
        awaitEnd();
        assertThat(task.cancelled).isTrue();
        assertThat(window.runActions().stateProperty().get()).isEqualTo(RunActions.State.CANCELLED);
        assertThat(runPrompts.failures).as("a cancelled action is no failure").isEmpty();
        assertThat(window.runActions().output().text()).contains("Up cancelled");
        assertThat(finished).isEqualTo(1);
        assertThat(robot.lookup("#run-cancel").query().isVisible()).isFalse();
    }

    @Test
    void whileOneActionRunsTheOthersAreDisabled(FxRobot robot) throws Exception {
        FakeTask task = FakeTask.blocking();
        runtime.tasks = command -> task;
        robot.clickOn("#run-button-up");
        assertThat(task.started.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#run-button-up", "#run-button-down", "#run-button-stop", "#run-button-pull",
                "#run-button-build", "#run-button-restart", "#run-button-up-selected")) {
            assertThat(robot.lookup(id).queryButton().isDisabled()).as(id).isTrue();
        }
        Button cancel = robot.lookup("#run-button-cancel").queryButton();
        assertThat(cancel.isDisabled()).isFalse();
        robot.interact(() -> window.runActions().down()); // a shortcut while running does nothing
        assertThat(runtime.commands).hasSize(1);
        task.release.countDown();
        awaitEnd();
        assertThat(window.runActions().stateProperty().get()).isEqualTo(RunActions.State.SUCCEEDED);
        assertThat(robot.lookup("#run-button-down").queryButton().isDisabled()).isFalse();
        assertThat(cancel.isDisabled()).isTrue();
    }

    @Test
    void pullShowsEachImagesProgressWhileItRuns(FxRobot robot) throws Exception {
        FakeTask nginx = FakeTask.blocking();
        nginx.progress = List.of(new PullProgress("nginx:1.27", PullProgress.State.PULLING, 0.4, "Downloading"));
        runtime.pulls = (image, progress) -> image.equals("nginx:1.27") ? nginx : FakeTask.succeeding();
        robot.clickOn("#run-button-pull");
        assertThat(nginx.started.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".run-pull").queryAll().size() == 2
                && ((PullProgress) robot.lookup(".run-pull").queryAll().iterator().next().getUserData()).fraction() > 0);
        List<Node> rows = List.copyOf(robot.lookup(".run-pull").queryAll());
        assertThat(((ProgressBar) rows.get(0).lookup(".run-pull-bar")).getProgress()).isEqualTo(0.4);
        assertThat(rows.get(0).getStyleClass()).contains("run-pull-pulling");
        assertThat(rows.get(1).getStyleClass()).as("the second image waits its turn").contains("run-pull-waiting");

        nginx.release.countDown();
        awaitEnd();
        rows = List.copyOf(robot.lookup(".run-pull").queryAll());
        assertThat(rows).allSatisfy(row -> assertThat(row.getStyleClass()).contains("run-pull-done"));
        assertThat(runtime.pulled).containsExactly("nginx:1.27", "shop/api:1");
    }
}
