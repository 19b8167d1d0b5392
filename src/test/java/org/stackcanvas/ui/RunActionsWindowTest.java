package org.stackcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stackcanvas.edit.SetAttributeCommand;
import org.stackcanvas.runtime.ComposeCli;
import org.stackcanvas.runtime.ComposePaths;
import org.stackcanvas.runtime.PullFailures;
import org.stackcanvas.runtime.PullProgress;
import org.stackcanvas.runtime.RuntimeProblem;
import org.stackcanvas.ui.run.FakeRuntime;
import org.stackcanvas.ui.run.FakeRuntime.FakeTask;
import org.stackcanvas.ui.run.RunActions;
import org.stackcanvas.ui.run.RunExecutor;
import org.stackcanvas.ui.run.RunPrompts;
import org.stackcanvas.ui.run.RunSettings;
import org.stackcanvas.ui.run.ScriptedRunPrompts;
import org.stackcanvas.ui.session.ElementRef;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Run menu, toolbar and node context menu, with a runtime that records Compose commands
 * instead of running Docker, and the questions answered by the test. Work runs on the calling
 * thread, so each click has finished when the robot returns.
 */
@ExtendWith(ApplicationExtension.class)
class RunActionsWindowTest {

    static final String STACK = """
            services:
              web:
                image: nginx:1.27
                depends_on:
                  - api
              api:
                build: ./api
                image: shop/api:1
              worker:
                build: ./worker
            """;

    private final FakeRuntime runtime = new FakeRuntime();
    private final ScriptedRunPrompts runPrompts = new ScriptedRunPrompts();
    private final SaveAsPrompts prompts = new SaveAsPrompts();
    private final Preferences preferences = Preferences.userRoot().node("stackcanvas-run-test-" + System.nanoTime());
    private final ProjectOpener opener = new ProjectOpener(Map.of());
    private Path dir;
    private Path file;
    private MainWindow window;
    private int finished;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createDirectories(Files.createTempDirectory("run-ui").resolve("shop"));
        file = dir.resolve("compose.yaml");
        Files.writeString(file, STACK);
        window = new MainWindow(stage, StandardViews::new, prompts, opener, new RecentFiles(preferences),
                host -> new RunActions(host, runtime, new RunSettings(preferences.node("run")), runPrompts,
                        RunExecutor.sameThread()));
        window.show(opener.open(file));
        window.runActions().setOnFinished(() -> finished++);
        stage.show();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        preferences.removeNode();
    }

    private List<String> base() {
        return List.of("docker-compose", "-p", "shop", "--project-directory", dir.toString(), "-f", file.toString());
    }

    private void clickRunMenu(FxRobot robot, String item) {
        robot.clickOn("Run").clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node serviceNode(FxRobot robot, String name) {
        return robot.lookup(".node-name").match(n -> n instanceof Text t && t.getText().equals(name)).query();
    }

    // ---- toolbar and menu -------------------------------------------------------------------------

    @Test
    void upInTheToolbarRunsComposeUpForTheWholeProject(FxRobot robot) {
        robot.clickOn("#run-button-up");
        assertThat(runtime.commands).singleElement().satisfies(command -> assertThat(command)
                .containsExactlyElementsOf(concat(base(), List.of("up", "-d"))));
        assertThat(window.runActions().stateProperty().get()).isEqualTo(RunActions.State.SUCCEEDED);
        assertThat(window.runActions().output().text()).contains("$ docker-compose -p shop").contains("done")
                .contains("Up finished");
        assertThat(finished).isEqualTo(1);
        assertThat(robot.lookup(".run-panel").query().isVisible()).isTrue();
    }

    @Test
    void upWithComposeV2WaitsForRunningAndHealthy(FxRobot robot) {
        runtime.compose = ComposeCli.v2("docker");
        robot.clickOn("#run-button-up");
        assertThat(runtime.commands.get(0)).startsWith("docker", "compose", "-p", "shop");
        assertThat(runtime.lastVerb()).containsExactly("up", "-d", "--wait");
    }

    @Test
    void upSelectedRunsOnlyTheSelectedServices(FxRobot robot) {
        robot.interact(() -> window.session().selection().setAll(ElementRef.service("worker"),
                ElementRef.service("web")));
        clickRunMenu(robot, "Up Selected");
        assertThat(runtime.lastVerb()).containsExactly("up", "-d", "web", "worker");
    }

    @Test
    void upSelectedWithoutASelectionRunsNothingAndSaysWhy(FxRobot robot) {
        robot.interact(() -> window.session().selection().clear());
        clickRunMenu(robot, "Up Selected");
        assertThat(runtime.commands).isEmpty();
        assertThat(window.session().statusProperty().get()).contains("Select the services");
    }

    @Test
    void f5IsUpAndShiftF5IsDown(FxRobot robot) {
        robot.clickOn(serviceNode(robot, "web"));
        robot.push(javafx.scene.input.KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runtime.lastVerb()).containsExactly("up", "-d");
        robot.push(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runPrompts.asked).contains("down shop");
        assertThat(runtime.lastVerb()).containsExactly("down");
    }

    @Test
    void stopFromTheMenu(FxRobot robot) {
        clickRunMenu(robot, "Stop");
        assertThat(runtime.lastVerb()).containsExactly("stop");
    }

    @Test
    void startFromTheMenu(FxRobot robot) {
        clickRunMenu(robot, "Start");
        assertThat(runtime.lastVerb()).containsExactly("start");
    }

    @Test
    void restartFromTheMenu(FxRobot robot) {
        clickRunMenu(robot, "Restart");
        assertThat(runtime.lastVerb()).containsExactly("restart");
    }

    @Test
    void downAsksAndRemovesTheContainers(FxRobot robot) {
        runPrompts.downAnswer = RunPrompts.DownChoice.CONTAINERS;
        clickRunMenu(robot, "Down\u2026");
        assertThat(runPrompts.asked).contains("down shop");
        assertThat(runtime.lastVerb()).containsExactly("down");
    }

    @Test
    void downWithVolumesPassesV(FxRobot robot) {
        runPrompts.downAnswer = RunPrompts.DownChoice.CONTAINERS_AND_VOLUMES;
        robot.clickOn("#run-button-down");
        assertThat(runtime.lastVerb()).containsExactly("down", "-v");
    }

    @Test
    void cancellingTheDownQuestionRunsNothing(FxRobot robot) {
        runPrompts.downAnswer = RunPrompts.DownChoice.CANCEL;
        robot.clickOn("#run-button-down");
        assertThat(runPrompts.asked).contains("down shop");
        assertThat(runtime.commands).isEmpty();
        assertThat(finished).isZero();
    }

    @Test
    void buildRunsComposeBuildWithoutPulling(FxRobot robot) {
        clickRunMenu(robot, "Build");
        assertThat(runtime.lastVerb()).containsExactly("build");
        assertThat(runtime.commands.get(0)).doesNotContain("--pull");
    }

    @Test
    void pullShowsAProgressBarPerImageAndSaysWhyOneFailed(FxRobot robot) {
        String unreachable = PullFailures.describe("shop/api:1", "Get \"https://registry-1.docker.io/v2/\": dial tcp:"
                + " lookup registry-1.docker.io: no such host");
        runtime.pulls = (image, progress) -> {
            FakeTask task = image.equals("shop/api:1") ? FakeTask.failing(new RuntimeProblem(unreachable))
                    : FakeTask.succeeding();
            task.progress = List.of(new PullProgress(image, PullProgress.State.PULLING, 0.3, "Downloading"));
            return task;
        };
        robot.clickOn("#run-button-pull");
        assertThat(runtime.commands).as("Pull goes through the Engine, not Compose").isEmpty();
        assertThat(runtime.pulled).containsExactly("nginx:1.27", "shop/api:1");
        List<Node> rows = List.copyOf(robot.lookup(".run-pull").queryAll());
        assertThat(rows).hasSize(2);
        PullProgress nginx = (PullProgress) rows.get(0).getUserData();
        assertThat(nginx.image()).isEqualTo("nginx:1.27");
        assertThat(rows.get(0).getStyleClass()).contains("run-pull-done");
        assertThat(((ProgressBar) rows.get(0).lookup(".run-pull-bar")).getProgress()).isEqualTo(1.0);
        assertThat(rows.get(1).getStyleClass()).contains("run-pull-failed");
        assertThat(((PullProgress) rows.get(1).getUserData()).status())
                .contains("could not reach registry-1.docker.io").contains("docker load");
        assertThat(runPrompts.failures).singleElement().asString().contains("Could not pull 1 of 2 images")
                .contains("shop/api:1: could not reach registry-1.docker.io");
    }

    @Test
    void theProjectNameFromRunSettingsIsPassedWithP(FxRobot robot) {
        runPrompts.settingsAnswer = new RunPrompts.SettingsForm("custom-name", "", "/opt/bin/docker-compose");
        clickRunMenu(robot, "Run Settings\u2026");
        assertThat(runPrompts.asked).anyMatch(a -> a.startsWith("settings") && a.endsWith("default shop"));
        robot.clickOn("#run-button-up");
        assertThat(runtime.commands.get(0)).containsSequence("-p", "custom-name");
        assertThat(runtime.pathsAsked).last().isEqualTo(new ComposePaths("docker", "/opt/bin/docker-compose"));
    }

    // ---- saving first ----------------------------------------------------------------------------

    @Test
    void aDirtyProjectAsksToSaveAndCancelRunsNothing(FxRobot robot) throws Exception {
        robot.interact(() -> window.session().execute(new SetAttributeCommand("compose.yaml", "web", "image", "nginx:1.28")));
        runPrompts.saveAnswer = false;
        robot.clickOn("#run-button-up");
        assertThat(runPrompts.asked).containsExactly("save");
        assertThat(runtime.commands).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(STACK);
    }

    @Test
    void aDirtyProjectIsSavedThenRun(FxRobot robot) throws Exception {
        robot.interact(() -> window.session().execute(new SetAttributeCommand("compose.yaml", "web", "image", "nginx:1.28")));
        runPrompts.saveAnswer = true;
        robot.clickOn("#run-button-up");
        assertThat(Files.readString(file)).contains("image: nginx:1.28");
        assertThat(runtime.lastVerb()).containsExactly("up", "-d");
        assertThat(window.session().dirtyProperty().get()).isFalse();
    }

    @Test
    void anUnchangedUntitledProjectRunsItsOwnFilesWithoutAsking(FxRobot robot) throws Exception {
        runtime.compose = ComposeCli.v2("docker"); // the sample names itself with name:, which needs v2
        Path sample = SampleProject.extract();
        robot.interact(() -> window.show(openUntitled(sample)));
        robot.clickOn("#run-button-up");
        assertThat(runPrompts.asked).isEmpty();
        assertThat(runtime.commands.get(0)).containsSequence("-f", sample.resolve("compose.yaml").toString());
    }

    @Test
    void aChangedUntitledProjectIsSavedAsThenRunFromThere(FxRobot robot) throws Exception {
        runtime.compose = ComposeCli.v2("docker");
        Path sample = SampleProject.extract();
        robot.interact(() -> window.show(openUntitled(sample)));
        String service = window.session().snapshot().model().services().keySet().iterator().next();
        robot.interact(() -> window.session().execute(new SetAttributeCommand("compose.yaml", service, "image", "x:1")));
        Path target = Files.createDirectories(dir.resolveSibling("saved")).resolve("compose.yaml");
        prompts.saveAs = target;
        robot.clickOn("#run-button-up");
        assertThat(runPrompts.asked).containsExactly("save-untitled");
        assertThat(Files.readString(target)).contains("image: x:1");
        assertThat(window.session().isUntitled()).isFalse();
        assertThat(runtime.commands.get(0)).containsSequence("-p", "shop").containsSequence("-f", target.toString());
    }

    @Test
    void anUntitledProjectWhoseSaveAsIsCancelledRunsNothing(FxRobot robot) throws Exception {
        Path sample = SampleProject.extract();
        robot.interact(() -> window.show(openUntitled(sample)));
        String service = window.session().snapshot().model().services().keySet().iterator().next();
        robot.interact(() -> window.session().execute(new SetAttributeCommand("compose.yaml", service, "image", "x:1")));
        prompts.saveAs = null;
        robot.clickOn("#run-button-up");
        assertThat(runtime.commands).isEmpty();
    }

    private org.stackcanvas.ui.session.EditorSession openUntitled(Path folder) {
        try {
            return opener.openUntitled(folder);
        } catch (org.stackcanvas.document.DocumentException e) {
            throw new AssertionError(e);
        }
    }

    // ---- refusals and failures --------------------------------------------------------------------

    @Test
    void composeV1RefusesAFileThatNeedsV2AndSaysWhy(FxRobot robot) throws Exception {
        Files.writeString(file.resolveSibling("db.yaml"), "services:\n  db:\n    image: postgres:16\n");
        Files.writeString(file, "include:\n  - db.yaml\n" + STACK);
        robot.interact(() -> window.files().open(file));
        robot.clickOn("#run-button-up");
        assertThat(runtime.commands).isEmpty();
        assertThat(runPrompts.failures).singleElement().asString().contains("needs Compose v2")
                .contains("'include:'");
        assertThat(window.runActions().stateProperty().get()).isEqualTo(RunActions.State.FAILED);
    }

    @Test
    void anUnreachableEngineSaysWhatToDoAndRunsNothing(FxRobot robot) {
        runtime.pingProblem = new RuntimeProblem("Docker Engine not reachable at unix:///var/run/docker.sock:"
                + " Connection refused. Check that the Docker daemon is running and healthy ('docker info').");
        robot.clickOn("#run-button-up");
        assertThat(runtime.commands).isEmpty();
        assertThat(runPrompts.failures).singleElement().asString().contains("Docker Engine not reachable")
                .contains("docker info");
        assertThat(finished).isEqualTo(1);
    }

    @Test
    void upWithAMissingNeverPulledImageSaysSoAndSelectsTheService(FxRobot robot) throws Exception {
        String text = STACK.replace("    image: nginx:1.27\n", "    image: nginx:1.27\n    pull_policy: never\n");
        Files.writeString(file, text);
        robot.interact(() -> window.files().open(file));
        runtime.missingImages.add("nginx:1.27");
        robot.clickOn("#run-button-up");
        assertThat(runtime.commands).as("Compose never runs").isEmpty();
        assertThat(runPrompts.failures).singleElement().asString()
                .contains("Service 'web' uses image nginx:1.27 with pull_policy: never").contains("docker load");
        assertThat(window.session().selection()).containsExactly(ElementRef.service("web"));
    }

    @Test
    void aFailedUpShowsComposesMessageSelectsTheServiceAndLeavesTheFile(FxRobot robot) throws Exception {
        String said = "ERROR: for api  Cannot start service api: driver failed programming external connectivity";
        runtime.tasks = command -> FakeTask.failing(new RuntimeProblem("Compose failed (exit code 1): " + said, 1,
                said, command, null, "api"), "Creating shop_api_1 ...", said);
        robot.clickOn("#run-button-up");
        assertThat(runPrompts.failures).singleElement().asString().startsWith("Up failed").contains(said);
        assertThat(runPrompts.failureOutputs.get(0)).contains("Creating shop_api_1").contains(said);
        assertThat(window.session().selection()).containsExactly(ElementRef.service("api"));
        Node card = serviceNode(robot, "api");
        while (!card.getStyleClass().contains("canvas-node")) {
            card = card.getParent();
        }
        assertThat(card.getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("selected"));
        assertThat(window.runActions().output().text()).contains(said);
        assertThat(robot.lookup(".run-panel").query().getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("failed"));
        assertThat(Files.readString(file)).isEqualTo(STACK);
        assertThat(window.session().dirtyProperty().get()).isFalse();
        assertThat(finished).isEqualTo(1);
    }

    @Test
    void theRunOutputOpensWithComposesFullOutput(FxRobot robot) {
        runtime.tasks = command -> FakeTask.succeeding("Creating network shop_default", "Creating shop_web_1 ... done");
        robot.clickOn("#run-button-up");
        assertThat(robot.lookup("#run-output").query().isVisible()).isFalse();
        assertThat(robot.lookup(".run-last-line").queryLabeled().getText()).contains("Finished in");
        robot.clickOn("#run-show-output");
        javafx.scene.control.TextArea output = robot.lookup("#run-output").queryAs(javafx.scene.control.TextArea.class);
        assertThat(output.isVisible()).isTrue();
        assertThat(output.getText()).contains("Creating network shop_default").contains("Creating shop_web_1 ... done");
    }

    // ---- the node context menu ----------------------------------------------------------------------

    @Test
    void theNodeContextMenuRunsThatServiceOnly(FxRobot robot) {
        robot.rightClickOn(serviceNode(robot, "web"));
        robot.clickOn("Up web");
        assertThat(runtime.lastVerb()).containsExactly("up", "-d", "web");
        assertThat(window.session().selection()).containsExactly(ElementRef.service("web"));
    }

    @Test
    void theNodeContextMenuStopsThatService(FxRobot robot) {
        robot.rightClickOn(serviceNode(robot, "api"));
        robot.clickOn("Stop api");
        assertThat(runtime.lastVerb()).containsExactly("stop", "api");
    }

    @Test
    void theNodeContextMenuStartsThatService(FxRobot robot) {
        robot.rightClickOn(serviceNode(robot, "api"));
        robot.clickOn("Start api");
        assertThat(runtime.lastVerb()).containsExactly("start", "api");
    }

    @Test
    void theNodeContextMenuRestartsThatService(FxRobot robot) {
        robot.rightClickOn(serviceNode(robot, "worker"));
        robot.clickOn("Restart worker");
        assertThat(runtime.lastVerb()).containsExactly("restart", "worker");
    }

    @Test
    void theNodeContextMenuActsOnTheWholeSelection(FxRobot robot) {
        robot.interact(() -> window.session().selection().setAll(ElementRef.service("web"), ElementRef.service("api")));
        robot.rightClickOn(serviceNode(robot, "api"));
        robot.clickOn("Up 2 services");
        assertThat(runtime.lastVerb()).containsExactly("up", "-d", "web", "api");
        assertThat(window.session().selection()).containsExactlyInAnyOrder(ElementRef.service("web"),
                ElementRef.service("api"));
    }

    @Test
    void theNodeContextMenuBuildsOnlyAServiceWithBuild(FxRobot robot) {
        robot.rightClickOn(serviceNode(robot, "web"));
        assertThat(robot.lookup("Build web").tryQuery()).isEmpty();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.rightClickOn(serviceNode(robot, "worker"));
        assertThat(robot.lookup("Pull").tryQuery()).isEmpty();
        robot.clickOn("Build worker");
        assertThat(runtime.lastVerb()).containsExactly("build", "worker");
    }

    @Test
    void theNodeContextMenuPullsOnlyAServiceWithImage(FxRobot robot) {
        robot.rightClickOn(serviceNode(robot, "web"));
        robot.clickOn("Pull nginx:1.27");
        assertThat(runtime.pulled).containsExactly("nginx:1.27");
        assertThat(runtime.commands).isEmpty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The window's questions: Save As answers with a path chosen by the test (or cancels). */
    static final class SaveAsPrompts implements Prompts {
        Path saveAs;

        @Override
        public UnsavedChoice unsavedChanges(String projectName) {
            return UnsavedChoice.DISCARD;
        }

        @Override
        public Optional<Path> chooseComposeFile(boolean forSaving, String suggestedName) {
            return Optional.ofNullable(saveAs);
        }

        @Override
        public Optional<Path> chooseFolder() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseExportFile(String suggestedName) {
            return Optional.empty();
        }

        @Override
        public boolean reloadChangedFiles(List<String> files) {
            return false;
        }

        @Override
        public void error(String title, String message) {
            throw new AssertionError(title + ": " + message);
        }
    }
}
