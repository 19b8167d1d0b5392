package org.stackcanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stackcanvas.diagram.LayoutFile;
import org.stackcanvas.diagram.StackGraph;
import org.stackcanvas.project.ProjectOptions;
import org.stackcanvas.ui.session.EditorSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every awesome-compose project shows one canvas node per graph node, and opening writes nothing there. */
@ExtendWith(ApplicationExtension.class)
class CorpusCanvasTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        // The canvas's colours are the theme's looked-up colours, as in the application.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        stage.show();
    }

    @Test
    void eachProjectShowsTheExpectedNodes(FxRobot robot) throws Exception {
        Path corpus = Path.of(System.getProperty("stackcanvas.corpus", "../shared/corpus")).resolve("awesome-compose");
        List<Path> projects;
        try (Stream<Path> dirs = Files.list(corpus)) {
            projects = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(projects).hasSizeGreaterThan(30);
        List<String> checked = new ArrayList<>();
        for (Path project : projects) {
            EditorSession session;
            try {
                session = EditorSession.open(ProjectOptions.forDirectory(project));
            } catch (Exception e) {
                continue; // loading problems are the loader's tests' business
            }
            int expected = StackGraph.of(session.snapshot().model()).nodes().size();
            int[] shown = new int[2];
            robot.interact(() -> {
                CanvasView canvas = new CanvasView(session, null, Runnable::run);
                stage.setScene(new Scene(canvas, 900, 600));
                canvas.applyCss();
                canvas.layout();
                shown[0] = canvas.nodeViews.size();
                shown[1] = canvas.lookupAll(".canvas-node").size();
            });
            assertThat(shown).as(project.getFileName().toString()).containsExactly(expected, expected);
            assertThat(Files.exists(LayoutFile.in(project))).as("opening writes no layout file").isFalse();
            checked.add(project.getFileName().toString());
        }
        assertThat(checked).hasSizeGreaterThan(30);
    }
}
