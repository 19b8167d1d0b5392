package org.stackcanvas.ui.canvas;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.stackcanvas.diagram.LayoutFile;
import org.stackcanvas.diagram.Position;
import org.stackcanvas.document.DocumentException;

/**
 * Reads and writes the layout file off the JavaFX thread. Writes are coalesced: a burst of moves
 * writes the latest positions once.
 */
final class LayoutPersistence {

    private final Path file;
    private final Executor io;
    private final AtomicReference<Map<String, Position>> pending = new AtomicReference<>();

    /** @param file null for a project without a folder (the sample): positions stay in memory */
    /** {@code io} runs the reads and writes; null for a background thread of its own. */
    LayoutPersistence(Path file, Executor io) {
        this.file = file;
        this.io = io != null ? io : java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "canvas-layout-file");
            t.setDaemon(true);
            return t;
        });
    }

    void load(Consumer<Map<String, Position>> onFxThread, Consumer<String> onError) {
        if (file == null) {
            return;
        }
        io.execute(() -> {
            try {
                Map<String, Position> positions = LayoutFile.read(file);
                Platform.runLater(() -> onFxThread.accept(positions));
            } catch (IOException e) {
                Platform.runLater(() -> onError.accept("Cannot read " + file.getFileName() + ": " + e.getMessage()));
            }
        });
    }

    void save(Map<String, Position> positions, Consumer<String> onError) {
        if (file == null || pending.getAndSet(positions) != null) {
            return;
        }
        io.execute(() -> {
            Map<String, Position> latest = pending.getAndSet(null);
            try {
                LayoutFile.write(file, latest);
            } catch (DocumentException e) {
                Platform.runLater(() -> onError.accept("Cannot save the layout: " + e.getMessage()));
            }
        });
    }
}
