package org.stackcanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stackcanvas.project.ProjectOptions;
import org.stackcanvas.ui.session.EditorSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A generated 500-service stack opens, and a drag pulse (move the dragged nodes and their wires,
 * then CSS and layout) is cheap. Prints the times; asserts only behaviour, never a duration.
 */
@ExtendWith(ApplicationExtension.class)
class LargeStackBenchmarkTest {

    static final int SERVICES = 500;
    private Stage stage;

    @Start
    void start(Stage stage) {
        // The canvas's colours are the theme's looked-up colours, as in the application.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        stage.show();
    }

    static String generate(int services) {
        StringBuilder out = new StringBuilder("services:\n");
        for (int i = 0; i < services; i++) {
            out.append("  svc-").append(i).append(":\n    image: nginx:1.27\n    ports:\n      - \"")
                    .append(10000 + i).append(":80\"\n    networks:\n      - net-").append(i % 10)
                    .append("\n    volumes:\n      - data-").append(i % 50).append(":/data\n");
            if (i > 0) {
                out.append("    depends_on:\n      - svc-").append(i - 1).append('\n');
            }
        }
        out.append("networks:\n");
        for (int i = 0; i < 10; i++) {
            out.append("  net-").append(i).append(": {}\n");
        }
        out.append("volumes:\n");
        for (int i = 0; i < 50; i++) {
            out.append("  data-").append(i).append(": {}\n");
        }
        return out.toString();
    }

    @Test
    void fiveHundredServicesOpenAndDragSmoothly(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("large-stack");
        Files.writeString(dir.resolve("compose.yaml"), generate(SERVICES));
        long t0 = System.nanoTime();
        EditorSession session = EditorSession.open(ProjectOptions.forDirectory(dir));
        long loaded = System.nanoTime();
        CanvasView[] canvas = new CanvasView[1];
        robot.interact(() -> {
            long a = System.nanoTime();
            canvas[0] = new CanvasView(session, null, Runnable::run);
            long b = System.nanoTime();
            stage.setScene(new Scene(canvas[0], 1200, 800));
            long c = System.nanoTime();
            canvas[0].applyCss();
            long d = System.nanoTime();
            canvas[0].layout();
            long e = System.nanoTime();
            System.out.printf("[benchmark] build %.0f ms, scene %.0f ms, css %.0f ms, layout %.0f ms%n",
                    (b - a) / 1e6, (c - b) / 1e6, (d - c) / 1e6, (e - d) / 1e6);
        });
        long shown = System.nanoTime();
        assertThat(canvas[0].nodeViews).hasSize(SERVICES + 60);

        // A real drag: each step moves the nodes, then the scene's own pulse runs CSS and layout for
        // what changed; the pulse listeners time that part.
        int pulses = 60;
        long[] total = new long[1];
        long[] pulseStart = new long[1];
        CanvasGestures[] drag = new CanvasGestures[1];
        Scene scene = canvas[0].getScene();
        Runnable pre = () -> pulseStart[0] = System.nanoTime();
        java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CountDownLatch> latch =
                new java.util.concurrent.atomic.AtomicReference<>();
        Runnable post = () -> {
            if (latch.get() != null && pulseStart[0] != 0) {
                total[0] += System.nanoTime() - pulseStart[0];
                latch.getAndSet(null).countDown();
            }
        };
        robot.interact(() -> {
            scene.addPreLayoutPulseListener(pre);
            scene.addPostLayoutPulseListener(post);
            canvas[0].select(List.of("service:svc-250", "network:net-3"));
            drag[0] = new CanvasGestures(canvas[0]);
            drag[0].beginDrag();
        });
        for (int i = 1; i <= pulses; i++) {
            int step = i;
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            robot.interact(() -> {
                long start = System.nanoTime();
                drag[0].dragBy(step * 2, step);
                total[0] += System.nanoTime() - start;
                pulseStart[0] = 0;
                latch.set(done);
            });
            done.await(2, java.util.concurrent.TimeUnit.SECONDS);
        }
        robot.interact(() -> drag[0].commitMove());
        System.out.printf("[benchmark] %d services: load %.0f ms, canvas %.0f ms, drag pulse %.3f ms (mean of %d)%n",
                SERVICES, (loaded - t0) / 1e6, (shown - loaded) / 1e6, total[0] / 1e6 / pulses, pulses);
        assertThat(session.commandStack().undoSize()).isEqualTo(1);
        assertThat(canvas[0].layoutState().position("service:svc-250")).isPresent();
    }
}
