package org.stackcanvas.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.project.ProjectOptions;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ElementRef;
import org.stackcanvas.ui.yaml.YamlPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ProblemsViewTest {

    private static final String COMPOSE = "version: \"3.8\"\n"
            + "services:\n"
            + "  web:\n"
            + "    image: nginx:${TAG_SET_NOWHERE}\n"
            + "    ports:\n"
            + "      - \"not-a-port\"\n"
            + "  db:\n"
            + "    image: postgres\n";

    @TempDir
    static Path dir;

    private EditorSession session;
    private YamlPane yaml;
    private ProblemsView problems;
    private final List<SourceLocation> navigated = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path project = Files.createTempDirectory(dir, "p");
        Files.writeString(project.resolve("compose.yaml"), COMPOSE);
        session = EditorSession.open(ProjectOptions.forDirectory(project));
        yaml = new YamlPane(session);
        problems = new ProblemsView(session);
        // As the window wires it.
        problems.setOnNavigate(location -> {
            navigated.add(location);
            yaml.reveal(location);
        });
        StackPane root = new StackPane();
        stage.setScene(new Scene(root, 1000, 600));
        SplitPane split = new SplitPane(yaml, problems);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        root.getChildren().add(split);
        stage.show();
    }

    private String describe() {
        return problems.problems().stream().map(p -> p.severity() + " " + p.location() + " " + p.message()).toList()
                .toString();
    }

    @Test
    void listsModelProblemsAndLoadWarningsWithCounts() {
        List<Problem> all = problems.problems();
        assertThat(all).as(describe()).extracting(p -> p.severity() + "@" + p.location().line())
                .contains("ERROR@6", "WARNING@1", "WARNING@4");
        long errors = all.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = all.stream().filter(p -> p.severity() == Severity.WARNING).count();
        assertThat(problems.summaryProperty().get())
                .isEqualTo(Severity.ERROR.count(errors) + ", " + Severity.WARNING.count(warnings));
        assertThat(problems.table().getItems()).hasSize(all.size());
        // Errors come first.
        assertThat(problems.table().getItems().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void filtersBySeverityAndText(FxRobot robot) {
        int all = problems.problems().size();
        robot.interact(() -> problems.setSeverityShown(Severity.WARNING, false));
        assertThat(problems.table().getItems()).isNotEmpty()
                .allMatch(p -> p.severity() == Severity.ERROR);
        robot.interact(() -> problems.setSeverityShown(Severity.WARNING, true));
        assertThat(problems.table().getItems()).hasSize(all);

        robot.clickOn(problems.textFilter()).write("TAG_SET_NOWHERE");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problems.table().getItems()).singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(4));
        // The counts are over all problems, whatever is filtered.
        assertThat(problems.summaryProperty().get()).contains("warnings");
    }

    @Test
    void invalidYamlTypedInThePaneIsListedAtItsLine(FxRobot robot) throws Exception {
        int before = problems.problems().size();
        robot.interact(() -> {
            var area = yaml.codeArea();
            area.insertText(area.getText().indexOf("  db:"), "  cache: [redis\n");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.errorProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Problem error = problems.problems().stream()
                .filter(p -> p.location().equals(session.errorProperty().get().location())).findFirst().orElseThrow();
        assertThat(error.severity()).isEqualTo(Severity.ERROR);
        assertThat(error.location().line()).isBetween(7, 8);
        assertThat(error.location().file()).isEqualTo(session.primaryDocument());
        assertThat(problems.problems()).hasSize(before + 1);
        assertThat(problems.summaryProperty().get()).startsWith("2 errors");
        assertThat(yaml.errorLineProperty().get()).isEqualTo(error.location().line());

        robot.interact(() -> {
            var area = yaml.codeArea();
            int at = area.getText().indexOf("  cache: [redis\n");
            area.deleteText(at, at + "  cache: [redis\n".length());
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.errorProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problems.problems()).hasSize(before);
        assertThat(problems.summaryProperty().get()).startsWith("1 error,");
    }

    @Test
    void doubleClickSelectsTheElementAndMovesThePaneToTheLine(FxRobot robot) {
        Problem portProblem = problems.table().getItems().stream()
                .filter(p -> p.location().line() == 6).findFirst().orElseThrow();
        TableRow<?> row = robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() == portProblem)
                .query();
        robot.doubleClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigated).containsExactly(portProblem.location());
        assertThat(session.selection()).containsExactly(ElementRef.service("web"));
        assertThat(yaml.codeArea().getCurrentParagraph()).isEqualTo(5);
        assertThat(yaml.highlightedLineProperty().get()).isEqualTo(6);
    }

    @Test
    void enterOpensTheSelectedRow(FxRobot robot) {
        Problem version = problems.table().getItems().stream()
                .filter(p -> p.location().line() == 1).findFirst().orElseThrow();
        robot.interact(() -> {
            problems.table().getSelectionModel().select(version);
            problems.table().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigated).containsExactly(version.location());
        assertThat(yaml.codeArea().getCurrentParagraph()).isZero();
    }

    @Test
    void aLaterValidatorAddsItsFindings(FxRobot robot) {
        int before = problems.problems().size();
        SimpleObjectProperty<List<Problem>> findings = new SimpleObjectProperty<>(List.of());
        robot.interact(() -> problems.addSource(() -> findings));
        robot.interact(() -> findings.set(List.of(new Problem(Severity.INFO, "no-latest-tag",
                "pin the image to a version", SourceLocation.of(session.primaryDocument(), 8, 12)))));
        assertThat(problems.problems()).hasSize(before + 1);
        assertThat(problems.summaryProperty().get()).endsWith("1 info");
        robot.interact(() -> problems.textFilter().setText("no-latest"));
        assertThat(problems.table().getItems()).singleElement()
                .satisfies(p -> assertThat(p.ruleId()).isEqualTo("no-latest-tag"));
    }

    @Test
    void aRuleFindingReplacesTheLoadersReportOfTheSameLine(FxRobot robot) {
        int before = problems.problems().size();
        assertThat(problems.problems()).anyMatch(p -> p.ruleId().isEmpty() && p.location().line() == 4);
        SimpleObjectProperty<List<Problem>> findings = new SimpleObjectProperty<>(List.of());
        robot.interact(() -> problems.addSource(() -> findings));
        robot.interact(() -> findings.set(List.of(new Problem(Severity.WARNING, "unset-variable",
                "TAG_SET_NOWHERE is not set", SourceLocation.of(session.primaryDocument(), 4, 12)))));
        assertThat(problems.problems()).hasSize(before)
                .filteredOn(p -> p.location().line() == 4).singleElement()
                .satisfies(p -> assertThat(p.ruleId()).isEqualTo("unset-variable"));
    }
}
