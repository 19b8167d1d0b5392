package org.stackcanvas.ui.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.stackcanvas.ui.StackCanvasApp;
import org.stackcanvas.ui.canvas.CanvasView;

/**
 * Runs the real editor window in a JVM of its own for the benchmark, and prints what it measured as
 * {@code key value} lines: {@code first-frame-at} and {@code jvm-start-at} (epoch ms of the first
 * painted frame of the sample stack and of the JVM's creation), or, with a compose file,
 * {@code rss-mb} once the open project has settled and {@code pulse-ms} for each step of a
 * programmatic drag with every node fitted on screen, each from the drag event to its frame painted. A child process, so its memory and start-up
 * are the application's own and not the benchmark's.
 */
public final class UiProbe extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        if (args.isEmpty()) {
            // The editor's own start, with a hook on the render thread for the first frame it paints.
            stage.sceneProperty().addListener((o, was, scene) -> {
                if (scene != null && was == null) {
                    onFirstRenderedFrame(scene, stage);
                }
            });
            StackCanvasApp.startEditor(stage, List.of(), getHostServices());
            return;
        }
        Path file = Path.of(args.get(0));
        int pulses = args.size() > 1 ? Integer.parseInt(args.get(1)) : 60;
        StackCanvasApp.open(stage, file, Preferences.userRoot().node("org/stackcanvas/bench"));
        Thread driver = new Thread(() -> {
            try {
                measureCanvas(stage.getScene(), pulses);
            } catch (Exception e) {
                System.out.println("error " + e);
            } finally {
                System.out.flush();
                Platform.exit();
            }
        }, "ui-probe");
        driver.setDaemon(true);
        driver.start();
    }

    /**
     * Prints {@code first-frame-at} once the renderer has finished painting a frame of the showing
     * window, and {@code jvm-start-at} (when the JVM was created), then exits. The scene's
     * performance tracker is told by the renderer after each frame is painted and presented: the
     * first frame a user sees, not merely a laid-out scene graph.
     */
    private static void onFirstRenderedFrame(Scene scene, Stage stage) {
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        AtomicBoolean done = new AtomicBoolean();
        tracker.setOnRenderedFrameTask(() -> {
            if (stage.isShowing() && done.compareAndSet(false, true)) {
                long at = System.currentTimeMillis();
                long cpu = cpuNanos();
                if (Boolean.getBoolean("stackcanvas.probe.threads")) {
                    var threads = ManagementFactory.getThreadMXBean();
                    for (long id : threads.getAllThreadIds()) {
                        var info = threads.getThreadInfo(id);
                        long t = threads.getThreadCpuTime(id);
                        if (info != null && t > 50_000_000L) {
                            System.out.println("thread-cpu-ms " + info.getThreadName().replace(' ', '_') + " " + t / 1_000_000);
                        }
                    }
                }
                Platform.runLater(() -> {
                    System.out.println("first-frame-at " + at);
                    // Less dependent on a busy machine than the wall clock: what the start cost.
                    System.out.println("cpu-ms-at-first-frame " + cpu / 1_000_000);
                    System.out.println("classes-at-first-frame "
                            + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
                    System.out.println("jvm-start-at " + ManagementFactory.getRuntimeMXBean().getStartTime());
                    System.out.flush();
                    Platform.exit();
                });
            }
        });
    }

    private static void measureCanvas(Scene scene, int pulses) throws Exception {
        awaitSettled(Duration.ofSeconds(90));
        // An idle editor trims its heap a few seconds after opening: measure what a user would see
        // after a short while, not the peak of loading.
        Thread.sleep(8000);
        awaitSettled(Duration.ofSeconds(30));
        System.out.printf(Locale.ROOT, "rss-mb %.1f%n", rssMegabytes());
        CanvasView canvas = onFx(() -> find(scene.getRoot(), CanvasView.class));
        if (canvas == null) {
            System.out.println("error no canvas in the window");
            return;
        }
        Node card = onFx(() -> {
            canvas.fitToView();
            return canvas.lookupAll(".node-service").stream().skip(canvas.lookupAll(".node-service").size() / 2)
                    .findFirst().orElse(null);
        });
        if (card == null) {
            System.out.println("error no service on the canvas");
            return;
        }
        awaitPulse(scene);
        // Each step is one drag event and the frame it causes: from the event to the renderer's
        // "frame painted" (event handling, CSS, layout, copying to the render graph, software
        // rasterisation and presenting). One step at a time, so no frame overlaps the next step.
        PerformanceTracker tracker = onFx(() -> PerformanceTracker.getSceneTracker(scene));
        AtomicReference<CountDownLatch> waiting = new AtomicReference<>();
        long[] rendered = new long[1];
        tracker.setOnRenderedFrameTask(() -> {
            CountDownLatch latch = waiting.getAndSet(null);
            if (latch != null) {
                rendered[0] = System.nanoTime();
                latch.countDown();
            }
        });
        List<Double> times = new ArrayList<>();
        double[] centre = onFx(() -> {
            Bounds b = card.localToScene(card.getBoundsInLocal());
            return new double[] {b.getCenterX(), b.getMinY() + 8};
        });
        CountDownLatch pressed = new CountDownLatch(1);
        onFx(() -> {
            waiting.set(pressed);
            return fire(card, MouseEvent.MOUSE_PRESSED, centre[0], centre[1]);
        });
        pressed.await(10, TimeUnit.SECONDS);
        for (int i = 1; i <= pulses; i++) {
            CountDownLatch done = new CountDownLatch(1);
            double x = centre[0] + i * 2;
            double y = centre[1] + i;
            long start = onFx(() -> {
                long now = System.nanoTime();
                waiting.set(done);
                fire(card, MouseEvent.MOUSE_DRAGGED, x, y);
                return now;
            });
            if (!done.await(10, TimeUnit.SECONDS)) {
                System.out.println("error no frame painted after a drag step");
                return;
            }
            times.add((rendered[0] - start) / 1e6);
        }
        StringBuilder line = new StringBuilder("pulse-ms");
        times.forEach(t -> line.append(' ').append(String.format(Locale.ROOT, "%.3f", t)));
        System.out.println(line);
        System.out.printf(Locale.ROOT, "rss-after-drag-mb %.1f%n", rssMegabytes());
    }

    private static Void fire(Node target, javafx.event.EventType<MouseEvent> type, double sceneX, double sceneY) {
        javafx.geometry.Point2D screen = target.getScene().getWindow() == null ? new javafx.geometry.Point2D(sceneX, sceneY)
                : new javafx.geometry.Point2D(sceneX + target.getScene().getWindow().getX(),
                        sceneY + target.getScene().getWindow().getY());
        javafx.geometry.Point2D local = target.sceneToLocal(sceneX, sceneY);
        MouseEvent event = new MouseEvent(target, target, type, local.getX(), local.getY(), screen.getX(),
                screen.getY(), MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false,
                type != MouseEvent.MOUSE_DRAGGED, null);
        javafx.event.Event.fireEvent(target, event);
        return null;
    }

    /** Waits until this process has used under a tenth of a core for two seconds: loading and checks done. */
    private static void awaitSettled(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        int quiet = 0;
        long lastCpu = cpuNanos();
        while (quiet < 4 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            long cpu = cpuNanos();
            quiet = cpu - lastCpu < 50_000_000L ? quiet + 1 : 0;
            lastCpu = cpu;
        }
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Runs {@code then} after the next pulse that lays out the showing window. */
    private static void afterNextLayout(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (scene.getWindow() != null && scene.getWindow().isShowing()) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(then);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static void awaitPulse(Scene scene) throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        onFx(() -> {
            afterNextLayout(scene, latch::countDown);
            scene.getRoot().requestLayout();
            return null;
        });
        latch.await(10, TimeUnit.SECONDS);
    }

    /** VmRSS of this process, from {@code /proc/self/status}; 0 where there is none. */
    static double rssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static <T> T find(Node node, Class<T> type) {
        if (type.isInstance(node)) {
            return type.cast(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(call.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX thread did not answer within a minute");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
