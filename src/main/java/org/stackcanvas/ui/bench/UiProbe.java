package org.stackcanvas.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
 * {@code key value} lines: {@code first-frame-at} (epoch ms of the first frame; {@code fx-start-at}
 * and {@code opened-at} tell where the time went), or, with a compose
 * file, {@code rss-mb} once the open project has settled and {@code pulse-ms} for each pulse of a
 * programmatic drag with every node fitted on screen. A child process, so its memory and start-up
 * are the application's own and not the benchmark's.
 */
public final class UiProbe extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Preferences preferences = Preferences.userRoot().node("org/stackcanvas/bench");
        if (args.isEmpty()) {
            System.out.println("fx-start-at " + System.currentTimeMillis());
            StackCanvasApp.open(stage, null, preferences);
            System.out.println("opened-at " + System.currentTimeMillis());
            firstFrame(stage.getScene(), () -> {
                System.out.println("first-frame-at " + System.currentTimeMillis());
                Platform.exit();
            });
            return;
        }
        Path file = Path.of(args.get(0));
        int pulses = args.size() > 1 ? Integer.parseInt(args.get(1)) : 60;
        StackCanvasApp.open(stage, file, preferences);
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

    /** Runs {@code then} after the first pulse that lays out and renders the showing window. */
    private static void firstFrame(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (scene.getWindow() != null && scene.getWindow().isShowing()) {
                scene.removePostLayoutPulseListener(listener[0]);
                // The render of this pulse is done before the next runnable runs on the FX thread.
                Platform.runLater(then);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
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
        long[] pulseStart = new long[1];
        long[] handled = new long[1];
        AtomicReference<CountDownLatch> waiting = new AtomicReference<>();
        List<Double> times = new ArrayList<>();
        Runnable pre = () -> pulseStart[0] = System.nanoTime();
        Runnable post = () -> {
            CountDownLatch latch = waiting.getAndSet(null);
            if (latch != null) {
                times.add((handled[0] + System.nanoTime() - pulseStart[0]) / 1e6);
                latch.countDown();
            }
        };
        double[] centre = onFx(() -> {
            Bounds b = card.localToScene(card.getBoundsInLocal());
            scene.addPreLayoutPulseListener(pre);
            scene.addPostLayoutPulseListener(post);
            return new double[] {b.getCenterX(), b.getMinY() + 8};
        });
        onFx(() -> fire(card, MouseEvent.MOUSE_PRESSED, centre[0], centre[1]));
        for (int i = 1; i <= pulses; i++) {
            CountDownLatch done = new CountDownLatch(1);
            double x = centre[0] + i * 2;
            double y = centre[1] + i;
            onFx(() -> {
                long start = System.nanoTime();
                fire(card, MouseEvent.MOUSE_DRAGGED, x, y);
                handled[0] = System.nanoTime() - start;
                waiting.set(done);
                return null;
            });
            if (!done.await(10, TimeUnit.SECONDS)) {
                System.out.println("error no pulse after a drag step");
                return;
            }
        }
        onFx(() -> fire(card, MouseEvent.MOUSE_RELEASED, centre[0] + pulses * 2, centre[1] + pulses));
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

    private static void awaitPulse(Scene scene) throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        onFx(() -> {
            firstFrame(scene, latch::countDown);
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
