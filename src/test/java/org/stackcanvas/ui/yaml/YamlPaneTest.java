package org.stackcanvas.ui.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.edit.SetAttributeCommand;
import org.stackcanvas.project.ProjectOptions;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ElementRef;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class YamlPaneTest {

    /** web on lines 2-6, db on 7-8, then enough services that the end is off screen, then a network. */
    static String compose() {
        StringBuilder sb = new StringBuilder("services:\n"
                + "  web:\n"
                + "    image: nginx\n"
                + "    ports:\n"
                + "      - \"80:80\"\n"
                + "    networks: [front]\n"
                + "  db:\n"
                + "    image: postgres\n");
        for (int i = 0; i < 60; i++) {
            sb.append("  svc").append(i).append(":\n    image: busybox\n    command: [\"sleep\", \"${DELAY:-1}\"]\n");
        }
        sb.append("networks:\n  front: {}\n");
        return sb.toString();
    }

    @TempDir
    static Path dir;

    private EditorSession session;
    private YamlPane pane;
    private CodeArea area;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path project = Files.createTempDirectory(dir, "p");
        Files.writeString(project.resolve("compose.yaml"), compose());
        session = EditorSession.open(ProjectOptions.forDirectory(project));
        pane = new YamlPane(session);
        area = pane.codeArea();
        // Added to a scene that already has its root, as the window does: Flowless styles its cells
        // the moment they enter a scene, before a new root gets the theme's .root colours.
        javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane();
        stage.setScene(new Scene(root, 800, 400));
        root.getChildren().add(pane);
        stage.show();
    }

    private String doc() {
        return session.primaryDocument();
    }

    private int lineOf(String text) {
        String[] lines = area.getText().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + text);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheDocumentHighlighted(FxRobot robot) throws Exception {
        assertThat(area.getText()).isEqualTo(compose());
        waitUntil(() -> area.getStyleOfChar(1).contains(YamlHighlighter.KEY));
        int interpolation = area.getText().indexOf("${DELAY");
        assertThat(area.getStyleOfChar(interpolation + 1)).contains(YamlHighlighter.INTERPOLATION);
        assertThat(area.getStyleOfChar(area.getText().indexOf("nginx") + 1)).contains(YamlHighlighter.STRING);
        // Colours come from the theme's looked-up colours.
        javafx.scene.text.Text key = robot.lookup(".yaml-key").queryAs(javafx.scene.text.Text.class);
        assertThat(key.getFill()).isEqualTo(javafx.scene.paint.Color.web("#0969da"));
    }

    @Test
    void anOutsideChangeIsPatchedInAndItsLinesMarkedUntilTheNextChange(FxRobot robot) throws Exception {
        robot.interact(() -> area.moveTo(2, 6)); // on web's image line
        robot.interact(() -> session.execute(new SetAttributeCommand(doc(), "db", "image", "postgres:16")));
        int line = lineOf("    image: postgres:16");
        assertThat(line).isEqualTo(8);
        assertThat(pane.changedLines()).containsExactly(8);
        assertThat(area.getParagraph(7).getParagraphStyle()).contains(LineMarks.CHANGED);
        assertThat(area.getParagraph(6).getParagraphStyle()).doesNotContain(LineMarks.CHANGED);
        assertThat(area.getCurrentParagraph()).isEqualTo(2);
        assertThat(area.getCaretColumn()).isEqualTo(6);

        robot.interact(() -> session.execute(new SetAttributeCommand(doc(), "web", "image", "nginx:1.27")));
        assertThat(pane.changedLines()).containsExactly(3);
        assertThat(area.getParagraph(7).getParagraphStyle()).doesNotContain(LineMarks.CHANGED);

        robot.interact(() -> area.insertText(area.getLength(), "# note\n"));
        assertThat(pane.changedLines()).isEmpty();
        assertThat(area.getParagraph(2).getParagraphStyle()).isEmpty();
    }

    @Test
    void typingValidYamlUpdatesTheModelAfterAPauseKeepingTheCaret(FxRobot robot) throws Exception {
        int at = area.getText().indexOf("  db:\n");
        boolean[] modelChangedAtOnce = {true};
        robot.interact(() -> {
            area.insertText(at, "  cache:\n");
            area.insertText(at + "  cache:\n".length(), "    image: redis\n");
            area.moveTo(at + "  cache:\n    image: re".length());
            // Not on every keystroke: the model waits for the pause.
            modelChangedAtOnce[0] = session.snapshot().model().services().containsKey("cache");
        });
        assertThat(modelChangedAtOnce[0]).isFalse();
        waitUntil(() -> session.snapshot().model().services().containsKey("cache"));
        assertThat(session.snapshot().model().services().get("cache").image()).contains("redis");
        assertThat(session.document(doc()).text()).isEqualTo(area.getText());
        // The pane's own edit came back without moving the caret or marking lines.
        assertThat(area.getCaretPosition()).isEqualTo(at + "  cache:\n    image: re".length());
        assertThat(pane.changedLines()).isEmpty();
        assertThat(session.commandStack().canUndo()).isTrue();
    }

    @Test
    void invalidYamlMarksItsLineAndKeepsTheLastGoodModelUntilFixed(FxRobot robot) throws Exception {
        int at = area.getText().indexOf("  db:\n");
        String bad = "    volumes: [/data\n";
        robot.interact(() -> area.insertText(at, bad));
        int expected = expectedErrorLine(area.getText());
        assertThat(expected).isBetween(7, 8); // the unclosed list's line, or where it is found unclosed
        waitUntil(() -> pane.errorLineProperty().get() == expected);
        assertThat(session.errorProperty().get()).isNotNull();
        assertThat(area.getParagraph(expected - 1).getParagraphStyle()).contains(LineMarks.ERROR);
        assertThat(robot.lookup(".yaml-error-banner").queryLabeled().getText()).contains(":" + expected + ":");
        assertThat(robot.lookup(".yaml-error-banner").queryLabeled().isVisible()).isTrue();
        assertThat(session.snapshot().model().services().get("web").volumes().size()).isZero();
        assertThat(session.document(doc()).text()).isEqualTo(compose());

        robot.interact(() -> area.replaceText(at, at + bad.length(), "    volumes: [/data]\n"));
        waitUntil(() -> pane.errorLineProperty().get() == 0);
        assertThat(session.errorProperty().get()).isNull();
        assertThat(area.getParagraph(expected - 1).getParagraphStyle()).doesNotContain(LineMarks.ERROR);
        assertThat(robot.lookup(".yaml-error-banner").queryLabeled().isVisible()).isFalse();
        assertThat(session.snapshot().model().services().get("web").volumes().size()).isEqualTo(1);
    }

    private int expectedErrorLine(String text) {
        try {
            new DocumentParser().parseText(doc(), text);
            throw new AssertionError("text parses");
        } catch (DocumentException e) {
            return e.location().line();
        }
    }

    @Test
    void selectingAServiceScrollsToItsDefinition(FxRobot robot) throws Exception {
        int line = lineOf("  svc55:");
        robot.interact(() -> session.selection().setAll(ElementRef.service("svc55")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getCurrentParagraph()).isEqualTo(line - 1);
        assertThat(pane.highlightedLineProperty().get()).isEqualTo(line);
        assertThat(area.getParagraph(line - 1).getParagraphStyle()).contains(LineMarks.SELECTED);
        assertThat(area.firstVisibleParToAllParIndex()).isLessThanOrEqualTo(line - 1).isGreaterThan(0);
        assertThat(area.lastVisibleParToAllParIndex()).isGreaterThanOrEqualTo(line - 1);
        assertThat(session.selection()).containsExactly(ElementRef.service("svc55"));
    }

    @Test
    void movingTheCaretIntoADefinitionSelectsIt(FxRobot robot) throws Exception {
        robot.interact(() -> area.moveTo(lineOf("    image: postgres") - 1, 4));
        assertThat(session.selection()).containsExactly(ElementRef.service("db"));
        robot.interact(() -> area.moveTo(lineOf("      - \"80:80\"") - 1, 0));
        assertThat(session.selection()).containsExactly(ElementRef.service("web"));
        // The caret stays where the user put it, not on the service's key.
        assertThat(area.getCurrentParagraph()).isEqualTo(lineOf("      - \"80:80\"") - 1);
        robot.interact(() -> area.moveTo(lineOf("  front: {}") - 1, 3));
        assertThat(session.selection()).containsExactly(new ElementRef(ElementRef.Kind.NETWORK, "front"));
    }

    @Test
    void revealMovesToALine(FxRobot robot) throws Exception {
        robot.interact(() -> pane.reveal(org.stackcanvas.document.SourceLocation.of(doc(), 150, 5)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getCurrentParagraph()).isEqualTo(149);
        assertThat(area.getCaretColumn()).isEqualTo(4);
        assertThat(area.lastVisibleParToAllParIndex()).isGreaterThanOrEqualTo(149);
    }

    @Test
    void undoKeyUndoesTheSessionsLastEdit(FxRobot robot) throws Exception {
        robot.interact(() -> session.execute(new SetAttributeCommand(doc(), "db", "image", "postgres:16")));
        robot.clickOn(area);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).isEqualTo(compose());
        assertThat(session.snapshot().model().services().get("db").image()).contains("postgres");
    }
}
