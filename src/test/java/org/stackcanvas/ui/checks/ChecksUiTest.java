package org.stackcanvas.ui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stackcanvas.project.ProjectOptions;
import org.stackcanvas.ui.canvas.CanvasPrompts;
import org.stackcanvas.ui.canvas.CanvasView;
import org.stackcanvas.ui.problems.Problem;
import org.stackcanvas.ui.problems.ProblemsView;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ElementRef;
import org.stackcanvas.ui.yaml.YamlPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The validator in the editor: Problems rows, fixes, canvas badges, re-checks after typing. */
@ExtendWith(ApplicationExtension.class)
class ChecksUiTest {

    private EditorSession session;
    private YamlPane yaml;
    private CanvasView canvas;
    private ProblemsView problems;
    private CheckRunner runner;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path dir = Files.createTempDirectory("checks-ui");
        Files.writeString(dir.resolve("compose.yaml"), CheckRunnerTest.COMPOSE);
        session = EditorSession.open(ProjectOptions.forDirectory(dir));
        yaml = new YamlPane(session);
        canvas = new CanvasView(session, new CanvasPrompts() {
            @Override
            public Optional<String> mountTarget(String service, String source, String suggested) {
                return Optional.of(suggested);
            }

            @Override
            public Optional<String> dependencyCondition(String service, String dependency) {
                return Optional.empty();
            }
        }, Runnable::run);
        problems = new ProblemsView(session);
        problems.setOnNavigate(yaml::reveal);
        // As StandardViews wires them, but checking at once so each step is deterministic.
        runner = CheckRunner.sameThread(session);
        problems.addSource(runner);
        new CanvasBadges(runner, canvas);
        SplitPane split = new SplitPane(canvas, yaml, problems);
        split.setOrientation(Orientation.VERTICAL);
        stage.setScene(new Scene(split, 1100, 900));
        stage.show();
    }

    @AfterEach
    void stop() {
        runner.dispose();
        yaml.dispose();
    }

    private List<Problem> privileged() {
        return problems.problems().stream().filter(p -> p.ruleId().equals("no-privileged")).toList();
    }

    private String worstOf(String service) {
        return problems.problems().stream()
                .filter(p -> p.details().element().equals(Optional.of(ElementRef.service(service))))
                .map(Problem::severity).sorted().findFirst()
                .map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(null);
    }

    private TableRow<?> row(FxRobot robot, Problem problem) {
        return robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() == problem).query();
    }

    @Test
    void privilegedServiceIsListedAtItsLineAndBadgedOnTheCanvas(FxRobot robot) {
        assertThat(privileged()).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(4);
            assertThat(p.location().file()).isEqualTo(session.primaryDocument());
        });
        assertThat(problems.table().getItems()).contains(privileged().get(0));
        assertThat(problems.summaryProperty().get()).contains("warning");

        String worst = worstOf("web");
        assertThat(worst).isIn("error", "warning");
        assertThat(canvas.nodeSeverity("service:web")).isEqualTo(worst);
        long webCount = problems.problems().stream()
                .filter(p -> p.details().element().equals(Optional.of(ElementRef.service("web")))).count();
        assertThat(robot.lookup(".canvas-node.severity-" + worst + " .problem-badge").queryAll())
                .extracting(n -> ((Label) n).getText()).contains(String.valueOf(webCount));
        Label badge = robot.lookup(".problem-badge-" + worst).queryAs(Label.class);
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getWidth()).isGreaterThan(8);
    }

    @Test
    void openingAFindingSelectsItsServiceAndMovesThePaneToItsLine(FxRobot robot) {
        Problem p = privileged().get(0);
        robot.doubleClickOn(row(robot, p));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.selection()).containsExactly(ElementRef.service("web"));
        assertThat(yaml.codeArea().getCurrentParagraph()).isEqualTo(3);
        assertThat(yaml.highlightedLineProperty().get()).isEqualTo(4);
    }

    @Test
    void theFixButtonRemovesTheFindingInOneUndoableStep(FxRobot robot) {
        Problem p = privileged().get(0);
        TableRow<?> row = row(robot, p);
        Button fix = robot.from(row).lookup(".problems-fix-button").queryButton();
        robot.clickOn(fix);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.document(session.primaryDocument()).text()).doesNotContain("privileged");
        assertThat(privileged()).isEmpty();

        robot.interact(() -> session.undo());
        assertThat(session.document(session.primaryDocument()).text()).isEqualTo(CheckRunnerTest.COMPOSE);
        assertThat(privileged()).singleElement().satisfies(q -> assertThat(q.location().line()).isEqualTo(4));
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void shortcutAppliesTheSelectedFindingsFixAndDetailsExplainTheRule(FxRobot robot) {
        Problem p = privileged().get(0);
        robot.interact(() -> {
            problems.table().getSelectionModel().select(p);
            problems.table().requestFocus();
        });
        Node details = problems.detailsPane();
        assertThat(details.isVisible()).isTrue();
        assertThat(robot.from(details).lookup(".problem-details-title").queryAs(Label.class).getText())
                .contains(p.details().title()).contains("no-privileged");
        assertThat(robot.from(details).lookup(".problem-details-link").queryAs(javafx.scene.control.Hyperlink.class)
                .getText()).startsWith("https://docs.docker.com/");
        assertThat(row(robot, p).getTooltip().getText()).contains(p.details().why());

        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(privileged()).isEmpty();
        assertThat(session.commandStack().undoDescription()).isPresent();
    }

    @Test
    void typingANewServiceReChecksIt(FxRobot robot) throws Exception {
        String typed = CheckRunnerTest.COMPOSE + "  cache:\n    image: redis:7\n    privileged: true\n";
        robot.interact(() -> session.replaceText(session.primaryDocument(), typed));
        assertThat(privileged()).extracting(p -> p.details().element().orElseThrow().name() + "@"
                + p.location().line()).containsExactlyInAnyOrder("web@4", "cache@9");
        assertThat(canvas.nodeSeverity("service:cache")).isEqualTo(worstOf("cache")).isNotNull();

        // And typed in the pane itself, the way a user does it.
        robot.interact(() -> {
            var area = yaml.codeArea();
            int at = area.getText().indexOf("    privileged: true\n", area.getText().indexOf("cache:"));
            area.deleteText(at, at + "    privileged: true\n".length());
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> privileged().size() == 1);
        assertThat(privileged().get(0).details().element()).contains(ElementRef.service("web"));
    }
}
