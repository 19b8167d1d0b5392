package org.stackcanvas.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stackcanvas.ui.run.StatusLookTest.status;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stackcanvas.project.ProjectOptions;
import org.stackcanvas.runtime.EngineClient;
import org.stackcanvas.runtime.EngineState;
import org.stackcanvas.runtime.ServiceStatus;
import org.stackcanvas.runtime.ServiceUsage;
import org.stackcanvas.ui.canvas.CanvasView;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ElementRef;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Card chips, the Engine indicator and the live status block, fed statuses directly (no Docker). */
@ExtendWith(ApplicationExtension.class)
class RuntimeViewsTest {

    private static final String HOST = "unix:///var/run/docker.sock";
    private static final String UNREACHABLE = "Docker Engine not reachable at " + HOST + ": Connection refused."
            + " Check that the Docker daemon is running and healthy ('docker info').";

    private EditorSession session;
    private CanvasView canvas;
    private RuntimeState state;
    private EngineIndicator indicator;
    private LiveStatusPanel live;
    private final AtomicInteger resyncs = new AtomicInteger();
    private final List<String> usageReads = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path dir = Files.createTempDirectory("shop");
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    image: nginx:1.27
                  db:
                    image: postgres:16
                  job:
                    image: busybox:1
                  worker:
                    image: busybox:1
                """);
        session = EditorSession.open(ProjectOptions.forDirectory(dir));
        canvas = new CanvasView(session, null, Runnable::run);
        state = new RuntimeState(resyncs::incrementAndGet);
        new RuntimeBadges(state, canvas);
        indicator = new EngineIndicator(state);
        live = new LiveStatusPanel(session, state, (project, service) -> {
            usageReads.add(project + "/" + service);
            return List.of(new ServiceUsage(service, 1, 2.5, 1024 * 1024, 512L * 1024 * 1024));
        }, Duration.ofMillis(50));
        BorderPane root = new BorderPane(canvas);
        root.setRight(live);
        root.setBottom(indicator);
        stage.setScene(new Scene(root, 1100, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        live.dispose();
    }

    private void show(FxRobot robot, ServiceStatus... statuses) {
        robot.interact(() -> state.setStatuses(List.of(statuses)));
    }

    private Label chip(FxRobot robot, String service) {
        String text = canvas.nodeRuntimeText("service:" + service);
        assertThat(text).as("chip of " + service).isNotNull();
        return robot.lookup(".runtime-chip").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void eachServiceCardShowsItsStateBesideItsProblems(FxRobot robot) {
        robot.interact(() -> canvas.setNodeProblems("service:web", "warning", 2));
        show(robot, status("web", "running", "Up 3 seconds (healthy)"),
                status("db", "running", "Up 1 second (health: starting)"),
                status("job", "exited", "Exited (3) 2 seconds ago"),
                status("worker", "restarting", "Restarting (1) 1 second ago"));

        assertThat(canvas.nodeRuntimeText("service:web")).isEqualTo("healthy 1/1");
        assertThat(canvas.nodeRuntimeText("service:db")).isEqualTo("starting 1/1");
        assertThat(canvas.nodeRuntimeText("service:job")).isEqualTo("exited (3)");
        assertThat(canvas.nodeRuntimeText("service:worker")).isEqualTo("restarting 0/1");
        assertThat(chip(robot, "web").getStyleClass()).contains("runtime-ok");
        assertThat(chip(robot, "db").getStyleClass()).contains("runtime-starting");
        assertThat(chip(robot, "job").getStyleClass()).contains("runtime-failed");
        assertThat(chip(robot, "worker").getStyleClass()).contains("runtime-restarting");
        // The theme gives the tones different colours, and the problem badge stays.
        assertThat(chip(robot, "web").getTextFill()).isNotEqualTo(chip(robot, "job").getTextFill());
        assertThat(chip(robot, "worker").getTextFill()).isNotEqualTo(chip(robot, "job").getTextFill());
        assertThat(canvas.nodeSeverity("service:web")).isEqualTo("warning");
        assertThat(robot.lookup(".problem-badge").queryAll()).hasSize(1);
    }

    @Test
    void aNewStatusReplacesTheChipAndAServiceWithoutContainersShowsNone(FxRobot robot) {
        show(robot, status("web", "running", "Up 3 seconds"), status("job", "exited", "Exited (3) 1 second ago"));
        assertThat(robot.lookup(".runtime-chip").queryAll()).hasSize(2);

        show(robot, status("web", "exited", "Exited (0) 1 second ago"), status("job"));

        assertThat(canvas.nodeRuntimeText("service:web")).isEqualTo("exited (0)");
        assertThat(chip(robot, "web").getStyleClass()).contains("runtime-idle").doesNotContain("runtime-ok");
        assertThat(canvas.nodeRuntimeText("service:job")).isNull();
        assertThat(canvas.nodeRuntimeText("service:db")).isNull();
        assertThat(robot.lookup(".runtime-chip").queryAll()).hasSize(1);
    }

    @Test
    void theIndicatorShowsTheEngineVersionOrWhyItIsNotReachable(FxRobot robot) throws Exception {
        assertThat(indicator.getText()).isEqualTo("Docker\u2026");

        robot.interact(() -> state.setEngine(EngineState.reachable(HOST,
                new EngineClient.EngineVersion("20.10.24", "1.41", "linux", "amd64"))));
        assertThat(indicator.getText()).isEqualTo("Docker 20.10.24");
        assertThat(indicator.getTooltip().getText()).contains("API 1.41").contains(HOST);
        assertThat(indicator.getPseudoClassStates()).doesNotContain(EngineIndicator.UNREACHABLE);

        robot.interact(() -> state.setEngine(EngineState.unreachable(HOST, UNREACHABLE)));
        assertThat(indicator.getText()).isEqualTo("Docker not reachable");
        assertThat(indicator.getPseudoClassStates()).contains(EngineIndicator.UNREACHABLE);
        assertThat(indicator.getTooltip().getText()).contains("Connection refused").contains("docker info");

        robot.clickOn(indicator);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(indicator.detailsShowing()).isTrue();
        assertThat(indicator.detailsText()).isEqualTo(UNREACHABLE);
        robot.clickOn(robot.lookup((Button b) -> "Try again".equals(b.getText())).queryButton());
        assertThat(resyncs.get()).isEqualTo(1);

        robot.interact(() -> state.setEngine(EngineState.reachable(HOST,
                new EngineClient.EngineVersion("24.0.7", "1.43", "linux", "amd64"))));
        assertThat(indicator.getText()).isEqualTo("Docker 24.0.7");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !indicator.detailsShowing());
    }

    @Test
    void theLiveBlockShowsForARunningServiceWithItsUsageAndHidesOtherwise(FxRobot robot) throws Exception {
        show(robot, status("web", "running", "Up 3 seconds (healthy)"), status("job", "exited", "Exited (3) now"));
        assertThat(live.isVisible()).isFalse();

        select(robot, "web");
        assertThat(live.isVisible()).isTrue();
        assertThat(robot.lookup("#live-state").queryAs(Label.class).getText()).isEqualTo("healthy 1/1");
        assertThat(robot.lookup(".live-container-name").queryAs(Label.class).getText()).isEqualTo("shop_web_1");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#live-cpu").queryAs(Label.class).getText().equals("2.5 %"));
        assertThat(robot.lookup("#live-memory").queryAs(Label.class).getText()).isEqualTo("1.0 MiB / 512.0 MiB");
        assertThat(usageReads).first().asString().endsWith("/web");

        select(robot, "job");
        assertThat(live.isVisible()).isFalse();
        assertThat(live.isPolling()).isFalse();
        int reads = usageReads.size();
        Thread.sleep(200);
        assertThat(usageReads).hasSizeLessThanOrEqualTo(reads + 1);

        select(robot, "web");
        assertThat(live.isVisible()).isTrue();
        show(robot, status("web", "exited", "Exited (0) now"), status("job", "exited", "Exited (3) now"));
        assertThat(live.isVisible()).isFalse();
        assertThat(live.isPolling()).isFalse();
    }

    private void select(FxRobot robot, String service) {
        robot.interact(() -> session.selection().setAll(new ElementRef(ElementRef.Kind.SERVICE, service)));
    }
}
