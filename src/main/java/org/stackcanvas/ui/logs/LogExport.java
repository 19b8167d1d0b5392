package org.stackcanvas.ui.logs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.stackcanvas.document.AtomicFileWriter;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.runtime.LogBuffer;

/** Copy and Save of log lines; says what it did through {@code message}. */
final class LogExport {

    private final LogsModel model;
    private final Consumer<String> message;
    private final AtomicFileWriter writer = new AtomicFileWriter();
    private Function<Window, Path> savePrompt;

    LogExport(LogsModel model, Consumer<String> message, Function<String, String> suggestedName) {
        this.model = Objects.requireNonNull(model, "model");
        this.message = Objects.requireNonNull(message, "message");
        this.savePrompt = owner -> choose(owner, suggestedName.apply(""));
    }

    void setSavePrompt(Function<Window, Path> prompt) {
        this.savePrompt = Objects.requireNonNull(prompt, "prompt");
    }

    /** Puts the lines on the clipboard as the list shows them. */
    void copy(List<LogBuffer.Entry> lines) {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.format().forClipboard(lines, model::hasReplicas));
        Clipboard.getSystemClipboard().setContent(content);
        message.accept(String.format("Copied %,d line%s", lines.size(), lines.size() == 1 ? "" : "s"));
    }

    /** Asks for a file and writes the lines to it, atomically and off the JavaFX thread. */
    void save(List<LogBuffer.Entry> lines, Window owner) {
        Path file = savePrompt.apply(owner);
        if (file == null) {
            return;
        }
        byte[] bytes = model.format().forFile(lines, model::hasReplicas).getBytes(StandardCharsets.UTF_8);
        message.accept("Saving\u2026");
        CompletableFuture.runAsync(() -> {
            String done;
            try {
                writer.write(file, bytes, null);
                done = String.format("Saved %,d lines to %s", lines.size(), file.getFileName());
            } catch (DocumentException e) {
                done = "Not saved: " + e.describe();
            }
            String result = done;
            Platform.runLater(() -> message.accept(result));
        });
    }

    private static Path choose(Window owner, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save Logs");
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Text files", "*.txt", "*.log"));
        java.io.File chosen = chooser.showSaveDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }
}
