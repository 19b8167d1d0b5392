package org.stackcanvas.ui.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.edit.SetAttributeCommand;
import org.stackcanvas.project.ProjectOptions;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ElementRef;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A project of two files (main + override, the main one large), in the dark theme. */
@ExtendWith(ApplicationExtension.class)
class YamlPaneFilesTest {

    private static final int SERVICES = 1000;

    @TempDir
    static Path dir;

    private EditorSession session;
    private YamlPane pane;
    private CodeArea area;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        Path project = Files.createTempDirectory(dir, "p");
        StringBuilder main = new StringBuilder("services:\n");
        for (int i = 0; i < SERVICES; i++) {
            main.append("  svc").append(i).append(":\n    image: busybox\n    environment:\n      A: \"${A:-1}\"\n");
        }
        Files.writeString(project.resolve("compose.yaml"), main.toString());
        Files.writeString(project.resolve("compose.override.yaml"),
                "services:\n  svc1:\n    restart: always\n  extra:\n    image: alpine\n");
        session = EditorSession.open(ProjectOptions.forDirectory(project));
        pane = new YamlPane(session);
        area = pane.codeArea();
        StackPane root = new StackPane();
        stage.setScene(new Scene(root, 800, 500));
        root.getChildren().add(pane);
        stage.show();
    }

    @Test
    void oneTabPerFileAndSelectionSwitchesToTheDefiningFile(FxRobot robot) {
        assertThat(session.documents()).hasSize(2);
        assertThat(robot.lookup(".yaml-document-tab").queryAll()).hasSize(2);
        assertThat(pane.shownDocumentProperty().get()).isEqualTo(session.primaryDocument());
        String override = session.documents().get(1).name();

        robot.interact(() -> session.selection().setAll(ElementRef.service("extra")));
        assertThat(pane.shownDocumentProperty().get()).isEqualTo(override);
        assertThat(area.getText()).contains("extra:");
        assertThat(area.getCurrentParagraph()).isEqualTo(3);

        ToggleButton mainTab = robot.lookup(".yaml-document-tab")
                .match((ToggleButton b) -> b.getUserData().equals(session.primaryDocument())).query();
        robot.clickOn(mainTab);
        assertThat(pane.shownDocumentProperty().get()).isEqualTo(session.primaryDocument());
        assertThat(area.getText()).startsWith("services:\n  svc0:");
    }

    @Test
    void aLargeFileStaysResponsive(FxRobot robot) throws Exception {
        assertThat(area.getParagraphs().size()).isGreaterThan(4 * SERVICES);
        // Highlighting is made off the UI thread and put on the lines on screen: the end of the file is
        // coloured once it is scrolled to, and lines far from the view are left plain.
        int last = area.getText().lastIndexOf("busybox");
        int first = area.getText().indexOf("busybox");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> area.getStyleOfChar(first + 1).contains(YamlHighlighter.STRING));
        assertThat(area.getStyleOfChar(last + 1)).as("a line far below the view").isEmpty();
        robot.interact(() -> area.showParagraphAtBottom(area.getParagraphs().size() - 1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> area.getStyleOfChar(last + 1).contains(YamlHighlighter.STRING));

        long[] typing = new long[1];
        robot.interact(() -> {
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                area.insertText(area.getLength(), "#");
            }
            typing[0] = (System.nanoTime() - start) / 1_000_000;
        });
        assertThat(typing[0]).as("20 keystrokes, ms").isLessThan(1000);

        robot.interact(() -> area.deleteText(area.getLength() - 20, area.getLength()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area.getText().equals(session.document(session.primaryDocument()).text()));
        robot.interact(() -> session.execute(new SetAttributeCommand(session.primaryDocument(), "svc900", "image", "alpine")));
        assertThat(pane.changedLines()).hasSize(1);
        int line = pane.changedLines().iterator().next();
        assertThat(area.getParagraph(line - 1).getText()).isEqualTo("    image: alpine");
    }
}
