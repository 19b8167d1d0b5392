package org.stackcanvas.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.io.Closeable;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.project.ProjectOptions;
import org.stackcanvas.runtime.ContainerInfo;
import org.stackcanvas.runtime.LogBuffer;
import org.stackcanvas.runtime.LogLine;
import org.stackcanvas.runtime.LogSource;
import org.stackcanvas.runtime.ServiceStatus;
import org.stackcanvas.ui.session.EditorSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Logs tab fed with lines the test makes up; no Docker. */
@ExtendWith(ApplicationExtension.class)
class LogsViewTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:01.250Z");

    @TempDir
    static java.nio.file.Path dir;

    private final LogBuffer buffer = new LogBuffer(200, 1_000_000, 1000);
    private final List<String> followed = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<List<ServiceStatus>> engineStatus = new AtomicReference<>(List.of());
    private EditorSession session;
    private LogsView view;
    private int next;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        java.nio.file.Path project = Files.createTempDirectory(dir, "shop");
        Files.writeString(project.resolve("compose.yaml"), """
                services:
                  web:
                    image: busybox
                  db:
                    image: busybox
                """);
        session = EditorSession.open(ProjectOptions.forDirectory(project));
        LogSource source = new LogSource() {
            @Override
            public Closeable read(String containerId, int tail, Instant since, boolean follow, Frames frames) {
                if (follow) {
                    followed.add(containerId);
                } else {
                    frames.ended();
                }
                return () -> { };
            }

            @Override
            public boolean isRunning(String containerId) {
                return false;
            }
        };
        view = new LogsView(session, source, p -> engineStatus.get(), buffer, ZoneId.of("UTC"));
        stage.setScene(new Scene(view, 1100, 400));
        stage.show();
    }

    @AfterEach
    void stop() {
        view.dispose();
    }

    private void append(String service, String text) {
        append(service, LogLine.Stream.STDOUT, text);
    }

    private void append(String service, LogLine.Stream stream, String text) {
        buffer.append(new LogLine(service, "shop-" + service + "-1", 1, T0.plusMillis(next++), stream, text));
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> shownTexts() {
        return view.model().shown().stream().map(e -> e.line().text()).toList();
    }

    private ListCell<?> cellShowing(FxRobot robot, String text) {
        return robot.lookup(".log-cell").match((ListCell<?> c) -> c.getItem() instanceof LogBuffer.Entry e
                && e.line().text().equals(text)).query();
    }

    private static ServiceStatus running(String service, String id) {
        ContainerInfo container = ContainerInfo.of(id, List.of("/shop-" + service + "-1"),
                Map.of(ContainerInfo.SERVICE_LABEL, service), "running", "Up 2 seconds");
        return ServiceStatus.summarize(List.of(service), List.of(container)).get(0);
    }

    @Test
    void eachLineShowsLocalTimeServiceAndText(FxRobot robot) throws Exception {
        append("web", "GET / 200");
        append("db", LogLine.Stream.STDERR, "checkpoint starting");
        waitFor(() -> view.model().shown().size() == 2);

        ListCell<?> web = cellShowing(robot, "GET / 200");
        assertThat(robot.from(web).lookup(".log-time").queryAs(Text.class).getText()).isEqualTo("10:00:01.250  ");
        assertThat(robot.from(web).lookup(".log-source").queryAs(Text.class).getText()).isEqualTo("web  ");
        assertThat(robot.from(web).lookup(".log-text").queryAs(Text.class).getText()).isEqualTo("GET / 200");
        Text source = robot.from(web).lookup(".log-source").queryAs(Text.class);
        assertThat(source.getStyleClass()).contains(view.model().colors().styleClass("web"));
        Text dbSource = robot.from(cellShowing(robot, "checkpoint starting")).lookup(".log-source").queryAs(Text.class);
        assertThat(dbSource.getStyleClass()).contains(view.model().colors().styleClass("db"));
        assertThat(view.model().colors().styleClass("web")).isNotEqualTo(view.model().colors().styleClass("db"));
        assertThat(web.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("stderr"));
        assertThat(cellShowing(robot, "checkpoint starting").getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("stderr"));
    }

    @Test
    void withNothingRunningItSaysHowToStart(FxRobot robot) throws Exception {
        String name = session.snapshot().project().name();
        assertThat(view.placeholder().getText())
                .isEqualTo("No containers running for project " + name + ". Run \u25B6 Up to start the stack.");
        assertThat(view.placeholder().isVisible()).isTrue();

        robot.interact(() -> view.update(List.of(running("web", "c1"))));
        waitFor(() -> followed.contains("c1"));
        waitFor(() -> view.placeholder().getText().equals("No log lines yet."));
    }

    @Test
    void theFirstShowAsksTheEngineOnceAndFollowsWhatRuns() throws Exception {
        // The view was shown with no containers; a later snapshot names one, and the chooser lists
        // a service the file does not declare any more.
        assertThat(followed).isEmpty();
        view.update(List.of(running("web", "c1"), running("old", "c2")));
        waitFor(() -> followed.containsAll(List.of("c1", "c2")));
        waitFor(() -> view.serviceChooser().getItems().contains("old"));
        assertThat(view.serviceChooser().getItems()).containsExactly(LogsView.ALL_SERVICES, "web", "db", "old");
    }

    @Test
    void theServiceChooserShowsOneServiceOrAll(FxRobot robot) throws Exception {
        append("web", "w1");
        append("db", "d1");
        append("web", "w2");
        waitFor(() -> view.model().shown().size() == 3);

        robot.clickOn(view.serviceChooser());
        robot.clickOn("db");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTexts()).containsExactly("d1");
        append("web", "w3");
        append("db", "d2");
        waitFor(() -> shownTexts().size() == 2);
        assertThat(shownTexts()).containsExactly("d1", "d2");

        robot.clickOn(view.serviceChooser());
        robot.clickOn(LogsView.ALL_SERVICES);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTexts()).containsExactly("w1", "d1", "w2", "w3", "d2");
    }

    @Test
    void searchHighlightsCountsAndMovesBetweenMatches(FxRobot robot) throws Exception {
        append("web", "request ok");
        append("web", "Error: timeout");
        append("db", "no problem");
        append("web", "another error, and one more ERROR");
        waitFor(() -> view.model().shown().size() == 4);

        robot.clickOn(view.searchField()).write("error");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.matchCount().getText()).isEqualTo("1 of 3");
        assertThat(view.list().getSelectionModel().getSelectedItem().line().text()).isEqualTo("Error: timeout");
        ListCell<?> cell = cellShowing(robot, "another error, and one more ERROR");
        Path highlight = robot.from(cell).lookup(".log-match").queryAs(Path.class);
        assertThat(highlight.getElements()).isNotEmpty();
        assertThat(robot.from(cellShowing(robot, "request ok")).lookup(".log-match").queryAs(Path.class)
                .getElements()).isEmpty();

        robot.clickOn(view.nextMatch());
        assertThat(view.matchCount().getText()).isEqualTo("2 of 3");
        assertThat(view.list().getSelectionModel().getSelectedItem().line().text()).startsWith("another error");
        Path current = robot.from(cellShowing(robot, "another error, and one more ERROR"))
                .lookup(".log-match-current").queryAs(Path.class);
        assertThat(current.getElements()).isNotEmpty();
        robot.type(KeyCode.ENTER); // in the search field: next
        assertThat(view.matchCount().getText()).isEqualTo("3 of 3");
        robot.clickOn(view.nextMatch());
        assertThat(view.matchCount().getText()).isEqualTo("1 of 3");
        robot.clickOn(view.previousMatch());
        assertThat(view.matchCount().getText()).isEqualTo("3 of 3");
        robot.clickOn(view.searchField()).press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertThat(view.matchCount().getText()).isEqualTo("2 of 3");
        robot.clickOn(view.nextMatch());

        // New lines are searched as they arrive.
        append("db", "ERROR in db");
        waitFor(() -> view.matchCount().getText().equals("3 of 4"));

        robot.clickOn(view.searchField()).eraseText(5).write("nothing-like-this");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.matchCount().getText()).isEqualTo("No matches");
        assertThat(view.nextMatch().isDisabled()).isTrue();

        // Escape ends the search.
        robot.clickOn(view.searchField()).type(KeyCode.ESCAPE);
        assertThat(view.searchField().getText()).isEmpty();
        assertThat(view.matchCount().getText()).isEmpty();
        assertThat(robot.from(cellShowing(robot, "Error: timeout")).lookup(".log-match").queryAs(Path.class)
                .getElements()).isEmpty();
    }

    @Test
    void pauseHoldsTheViewAndResumeShowsWhatArrived(FxRobot robot) throws Exception {
        append("web", "before");
        waitFor(() -> view.model().shown().size() == 1);

        robot.clickOn(view.pauseButton());
        assertThat(view.pauseButton().getText()).isEqualTo("Resume");
        for (int i = 1; i <= 5; i++) {
            append("web", "while paused " + i);
        }
        waitFor(() -> view.arrivedBadge().isVisible());
        Thread.sleep(300); // several batches pass
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTexts()).containsExactly("before");
        assertThat(view.arrivedBadge().getText()).isEqualTo("+5 new");

        robot.clickOn(view.pauseButton());
        assertThat(view.pauseButton().getText()).isEqualTo("Pause");
        assertThat(shownTexts()).hasSize(6).last().isEqualTo("while paused 5");
        assertThat(view.arrivedBadge().isVisible()).isFalse();
    }

    @Test
    void copyTakesTheSelectedLinesOrAllShown(FxRobot robot) throws Exception {
        append("web", "first");
        append("db", LogLine.Stream.STDERR, "second");
        waitFor(() -> view.model().shown().size() == 2);

        robot.clickOn(view.copyButton());
        String all = clipboard(robot);
        assertThat(all).isEqualTo("10:00:01.250 web | first\n10:00:01.251 db ! second\n");
        assertThat(view.message().getText()).isEqualTo("Copied 2 lines");

        robot.clickOn(cellShowing(robot, "second"));
        robot.clickOn(view.copyButton());
        assertThat(clipboard(robot)).isEqualTo("10:00:01.251 db ! second\n");

        // Shortcut+C in the list copies the selection too.
        robot.clickOn(cellShowing(robot, "first"));
        robot.press(KeyCode.SHORTCUT).type(KeyCode.C).release(KeyCode.SHORTCUT);
        assertThat(clipboard(robot)).isEqualTo("10:00:01.250 web | first\n");
    }

    private static String clipboard(FxRobot robot) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(Clipboard.getSystemClipboard().getString()));
        return text.get();
    }

    @Test
    void saveWritesTheShownLinesToTheChosenFile(FxRobot robot) throws Exception {
        append("web", "saved line");
        append("db", "also saved");
        waitFor(() -> view.model().shown().size() == 2);
        java.nio.file.Path file = Files.createTempDirectory(dir, "save").resolve("shop-logs.txt");
        robot.interact(() -> view.setSavePrompt(window -> file));

        robot.clickOn(view.saveButton());
        waitFor(() -> view.message().getText().startsWith("Saved"));
        assertThat(Files.readString(file)).isEqualTo(
                "2026-12-04T10:00:01.250Z web | saved line\n2026-12-04T10:00:01.251Z db | also saved\n");
        assertThat(view.message().getText()).isEqualTo("Saved 2 lines to shop-logs.txt");

        // A cancelled chooser writes nothing.
        robot.interact(() -> view.setSavePrompt(window -> null));
        Files.delete(file);
        robot.clickOn(view.saveButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file).doesNotExist();
    }

    @Test
    void theBoundDropsOldLinesAndSaysSo() throws Exception {
        assertThat(view.droppedNote().isVisible()).isFalse();
        for (int i = 1; i <= 500; i++) {
            append("web", "line-" + i);
        }
        waitFor(() -> view.model().shown().size() == 200 && view.droppedNote().isVisible());
        assertThat(shownTexts().get(0)).isEqualTo("line-301");
        assertThat(view.droppedNote().getText())
                .isEqualTo("300 older lines were dropped: the log keeps the newest 200 lines.");
    }

    @Test
    void clearForgetsTheLines(FxRobot robot) throws Exception {
        append("web", "old");
        waitFor(() -> view.model().shown().size() == 1);
        robot.clickOn(view.clearButton());
        assertThat(view.model().shown()).isEmpty();
        assertThat(buffer.size()).isZero();
        append("web", "new");
        waitFor(() -> view.model().shown().size() == 1);
        assertThat(shownTexts()).containsExactly("new");
    }

    @Test
    void wrapBreaksLongLinesOverSeveralRows(FxRobot robot) throws Exception {
        String longText = "word ".repeat(120).strip();
        append("web", "short");
        append("web", longText);
        waitFor(() -> view.model().shown().size() == 2);
        double oneRow = cellShowing(robot, "short").getHeight();
        assertThat(cellShowing(robot, longText).getHeight()).isEqualTo(oneRow);
        assertThat(oneRow).as("compact rows").isLessThan(26);

        robot.clickOn(view.wrapToggle());
        WaitForAsyncUtils.waitForFxEvents();
        // About 4 500 pixels of text in a 1 100 pixel wide list: four rows or more.
        assertThat(cellShowing(robot, longText).getHeight()).isGreaterThan(oneRow * 3.5);
        assertThat(cellShowing(robot, "short").getHeight()).isCloseTo(oneRow, org.assertj.core.data.Offset.offset(2.0));

        robot.clickOn(view.wrapToggle());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellShowing(robot, longText).getHeight()).isEqualTo(oneRow);
    }

    @Test
    void theViewFollowsNewLinesUnlessTheUserScrolledUp(FxRobot robot) throws Exception {
        for (int i = 1; i <= 150; i++) {
            append("web", "line-" + i);
        }
        waitFor(() -> view.model().shown().size() == 150);
        waitFor(() -> robot.lookup(".log-cell").match((ListCell<?> c) -> c.getItem() instanceof LogBuffer.Entry e
                && e.line().text().equals("line-150")).tryQuery().isPresent());
        assertThat(view.followsTail()).isTrue();

        // The user goes up: a click on a line and Page Up.
        robot.clickOn(cellShowing(robot, "line-148"));
        assertThat(view.followsTail()).isTrue();
        robot.type(KeyCode.PAGE_UP, 2);
        waitFor(() -> !view.followsTail());
        append("web", "line-151");
        waitFor(() -> view.model().shown().size() == 151);
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".log-cell").match((ListCell<?> c) -> c.getItem() instanceof LogBuffer.Entry e
                && e.line().text().equals("line-151")).tryQuery()).isEmpty();

        // And back down to the end: following again.
        robot.type(KeyCode.END);
        waitFor(view::followsTail);
        append("web", "line-152");
        waitFor(() -> robot.lookup(".log-cell").match((ListCell<?> c) -> c.getItem() instanceof LogBuffer.Entry e
                && e.line().text().equals("line-152")).tryQuery().isPresent());
    }

    @Test
    void tenThousandLinesArriveAndScrollQuickly(FxRobot robot) throws Exception {
        LogBuffer big = new LogBuffer();
        AtomicReference<LogsView> bigView = new AtomicReference<>();
        robot.interact(() -> {
            LogsView v = new LogsView(session, new LogSource() {
                @Override
                public Closeable read(String id, int tail, Instant since, boolean follow, Frames frames) {
                    return () -> { };
                }

                @Override
                public boolean isRunning(String id) {
                    return false;
                }
            }, p -> List.of(), big, ZoneId.of("UTC"));
            bigView.set(v);
            ((Stage) view.getScene().getWindow()).getScene().setRoot(v);
        });
        long start = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            big.append(new LogLine(i % 2 == 0 ? "web" : "db", "c", 1, T0.plusMillis(i), LogLine.Stream.STDOUT,
                    "request " + i + " served in " + (i % 97) + " ms"));
        }
        waitFor(() -> bigView.get().model().shown().size() == 10_000);
        long arrived = System.nanoTime() - start;
        // Each jump re-lays out the visible rows only; measured on the JavaFX thread.
        long[] took = new long[20];
        for (int i = 0; i < 20; i++) {
            int row = i * 500;
            int jump = i;
            robot.interact(() -> {
                long t = System.nanoTime();
                bigView.get().list().scrollTo(row);
                bigView.get().list().layout();
                took[jump] = System.nanoTime() - t;
            });
        }
        long[] sorted = took.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf("10 000 lines shown in %d ms; jump and layout: median %.1f ms, slowest %.1f ms (the first)%n",
                TimeUnit.NANOSECONDS.toMillis(arrived), sorted[10] / 1e6, sorted[19] / 1e6);
        // The first jump pays for class loading and JIT; the others are what scrolling costs.
        assertThat(sorted[10]).isLessThan(TimeUnit.MILLISECONDS.toNanos(50));
        // Only the visible rows are cells: the list is virtualized.
        assertThat(robot.lookup(".log-cell").queryAll().size()).isLessThan(100);
        assertThat(TimeUnit.NANOSECONDS.toMillis(arrived)).isLessThan(3000);
        robot.interact(() -> bigView.get().dispose());
    }
}
