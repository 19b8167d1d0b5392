package org.stackcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.edit.SetAttributeCommand;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File handling of the main window, with the dialogs answered by the test. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;

    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private final Preferences preferences = Preferences.userRoot().node("stackcanvas-test-" + System.nanoTime());
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, "services:\n  web:\n    image: nginx:1.25\n");
        ProjectOpener opener = new ProjectOpener(Map.of());
        window = new MainWindow(stage, StandardViews::new, prompts, opener, new RecentFiles(preferences));
        window.show(opener.open(file));
        stage.show();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        preferences.removeNode();
    }

    @Test
    void theStatusBarSaysWhetherDockerIsReachable(FxRobot robot) throws Exception {
        javafx.scene.control.Label indicator = robot.lookup("#engine-indicator").queryAs(javafx.scene.control.Label.class);
        // Whether or not an Engine runs here, the indicator soon says which; the window works either way.
        WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.views().runtime().engineProperty().get() != null);
        org.stackcanvas.runtime.EngineState engine = window.views().runtime().engineProperty().get();
        assertThat(indicator.getText()).isEqualTo(engine.isReachable()
                ? "Docker " + engine.version().version() : "Docker not reachable");
    }

    @Test
    void titleShowsTheFileAndADirtyMark(FxRobot robot) {
        assertThat(window.stage().getTitle()).contains("compose.yaml").doesNotContain("\u2022");
        robot.interact(() -> window.session().execute(new SetAttributeCommand("compose.yaml", "web", "image", "nginx:1.27")));
        assertThat(window.stage().getTitle()).contains("\u2022");
        robot.interact(() -> window.files().save());
        assertThat(window.stage().getTitle()).doesNotContain("\u2022");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheProject(FxRobot robot) throws Exception {
        robot.interact(() -> window.session().execute(new SetAttributeCommand("compose.yaml", "web", "image", "x:1")));
        prompts.unsaved.add(Prompts.UnsavedChoice.CANCEL);
        robot.interact(() -> assertThat(window.files().confirmDiscard()).isFalse());
        assertThat(prompts.asked).contains("unsaved");
        prompts.unsaved.add(Prompts.UnsavedChoice.SAVE);
        robot.interact(() -> assertThat(window.files().confirmDiscard()).isTrue());
        assertThat(Files.readString(dir.resolve("compose.yaml"))).contains("image: x:1");
    }

    @Test
    void openingAnotherProjectAddsItToRecentFiles(FxRobot robot) throws Exception {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("docker-compose.yml"), "services:\n  api:\n    image: python:3.12\n");
        robot.interact(() -> window.files().open(other));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().snapshot().model().services()).containsOnlyKeys("api");
        assertThat(window.files().recent().list()).first().isEqualTo(other.toAbsolutePath().normalize());
    }

    @Test
    void aBrokenFileIsReportedAndTheOpenProjectStays(FxRobot robot) throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "services:\n  web: [\n");
        robot.interact(() -> window.files().open(broken));
        assertThat(prompts.errors).singleElement().asString().contains("broken.yaml:");
        assertThat(window.session().snapshot().model().services()).containsKey("web");
    }

    @Test
    void aFileChangedOnDiskOffersReload(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.26\n");
        prompts.reload = true;
        robot.interact(() -> window.files().checkDisk());
        assertThat(window.session().snapshot().model().services().get("web").image()).contains("nginx:1.26");
    }

    @Test
    void exportsTheDiagramAsPngAndSvg(FxRobot robot) throws Exception {
        for (String name : List.of("stack.png", "stack.svg")) {
            prompts.exportTarget = dir.resolve(name);
            robot.interact(() -> window.files().exportDiagram());
            long deadline = System.currentTimeMillis() + 20_000;
            while (!Files.exists(prompts.exportTarget) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(Files.size(prompts.exportTarget)).isGreaterThan(500);
        }
        assertThat(Files.readString(dir.resolve("stack.svg"))).contains("<svg").contains("web");
    }

    /** Answers the window's questions from a script and records what was asked. */
    static final class ScriptedPrompts implements Prompts {
        final Deque<UnsavedChoice> unsaved = new ArrayDeque<>();
        final List<String> asked = new java.util.ArrayList<>();
        final List<String> errors = new java.util.ArrayList<>();
        boolean reload;
        Path exportTarget;

        @Override
        public UnsavedChoice unsavedChanges(String projectName) {
            asked.add("unsaved");
            return unsaved.isEmpty() ? UnsavedChoice.CANCEL : unsaved.pop();
        }

        @Override
        public Optional<Path> chooseComposeFile(boolean forSaving, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseExportFile(String suggestedName) {
            return Optional.ofNullable(exportTarget);
        }

        @Override
        public boolean reloadChangedFiles(List<String> files) {
            asked.add("reload");
            return reload;
        }

        @Override
        public void error(String title, String message) {
            errors.add(title + ": " + message);
        }
    }
}
