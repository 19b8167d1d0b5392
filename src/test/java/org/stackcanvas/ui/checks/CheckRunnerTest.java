package org.stackcanvas.ui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.project.ProjectOptions;
import org.stackcanvas.ui.problems.Problem;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ElementRef;
import org.stackcanvas.ui.session.ProjectSnapshot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CheckRunnerTest {

    static final String COMPOSE = "services:\n"
            + "  web:\n"
            + "    image: nginx:1.25\n"
            + "    privileged: true\n"
            + "  db:\n"
            + "    image: postgres:16\n";

    @TempDir
    Path dir;

    private CheckRunner runner;

    @Start
    void start(Stage stage) {
        // No window: the runner needs only the toolkit.
    }

    @AfterEach
    void stop() {
        if (runner != null) {
            runner.dispose();
        }
    }

    private EditorSession open(String compose) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), compose);
        AtomicReference<EditorSession> session = new AtomicReference<>();
        Exception[] failure = new Exception[1];
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                session.set(EditorSession.open(ProjectOptions.forDirectory(dir)));
            } catch (Exception e) {
                failure[0] = e;
            }
        }).get(10, TimeUnit.SECONDS);
        if (failure[0] != null) {
            throw failure[0];
        }
        return session.get();
    }

    private static String withService(String compose, String name) {
        return compose + "  " + name + ":\n    image: redis:7\n    privileged: true\n";
    }

    @Test
    void sameThreadFindsPrivilegedWithItsLineElementFixAndExplanation(FxRobot robot) throws Exception {
        EditorSession session = open(COMPOSE);
        robot.interact(() -> runner = CheckRunner.sameThread(session));
        Problem privileged = runner.problems().getValue().stream().filter(p -> p.ruleId().equals("no-privileged"))
                .findFirst().orElseThrow();
        assertThat(privileged.location().line()).isEqualTo(4);
        assertThat(privileged.location().file()).isEqualTo(session.primaryDocument());
        assertThat(privileged.details().element()).contains(ElementRef.service("web"));
        assertThat(privileged.details().fix()).isPresent();
        assertThat(privileged.details().title()).isNotBlank();
        assertThat(privileged.details().link()).hasValueSatisfying(url -> assertThat(url).startsWith("https://")
                .doesNotEndWith("."));
        assertThat(runner.isUpToDate()).isTrue();
    }

    @Test
    void checksRunOffTheFxThreadAndArePublishedOnIt(FxRobot robot) throws Exception {
        EditorSession session = open(COMPOSE);
        List<String> checkThreads = new CopyOnWriteArrayList<>();
        List<Boolean> publishedOnFx = new CopyOnWriteArrayList<>();
        ProjectChecks real = new ProjectChecks();
        robot.interact(() -> {
            runner = CheckRunner.inBackground(session, snapshot -> {
                checkThreads.add(Thread.currentThread().getName());
                return real.run(snapshot);
            }, Duration.ofMillis(50));
            runner.problems().addListener(o -> publishedOnFx.add(Platform.isFxApplicationThread()));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runner.isUpToDate());
        assertThat(checkThreads).isNotEmpty().allSatisfy(name -> assertThat(name).isEqualTo("stackcanvas-checks"));
        assertThat(publishedOnFx).isNotEmpty().containsOnly(true);
        assertThat(runner.problems().getValue()).anyMatch(p -> p.ruleId().equals("no-privileged"));
    }

    @Test
    void aNewerSnapshotWinsAndQuickChangesAreCheckedOnce(FxRobot robot) throws Exception {
        EditorSession session = open(COMPOSE);
        List<ProjectSnapshot> checked = new CopyOnWriteArrayList<>();
        ProjectChecks real = new ProjectChecks();
        robot.interact(() -> runner = CheckRunner.inBackground(session, snapshot -> {
            checked.add(snapshot);
            return real.run(snapshot);
        }, Duration.ofMillis(1000)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runner.isUpToDate());
        int before = checked.size();
        // Three edits in a row, as typing makes them: only the last state is checked and shown.
        String text = COMPOSE;
        for (String name : List.of("a", "b", "c")) {
            text = withService(text, name);
            String typed = text;
            robot.interact(() -> session.replaceText(session.primaryDocument(), typed));
        }
        assertThat(runner.runningProperty().get()).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runner.isUpToDate());
        assertThat(checked.size() - before).isEqualTo(1);
        assertThat(checked.get(checked.size() - 1)).isSameAs(session.snapshot());
        assertThat(runner.problems().getValue()).filteredOn(p -> p.ruleId().equals("no-privileged"))
                .extracting(p -> p.details().element().orElseThrow().name())
                .containsExactlyInAnyOrder("web", "a", "b", "c");
        assertThat(runner.runningProperty().get()).isFalse();
    }

    @Test
    void aFailingCheckIsReportedNotThrown(FxRobot robot) throws Exception {
        EditorSession session = open(COMPOSE);
        robot.interact(() -> runner = CheckRunner.sameThread(session, s -> {
            throw new IllegalStateException("boom");
        }));
        assertThat(runner.problems().getValue()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("boom"));
    }
}
