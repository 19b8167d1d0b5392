package org.stackcanvas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.stackcanvas.document.AtomicFileWriter;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.ui.session.EditorSession;

/** New, open, save, save as, reload and close, with the questions they need to ask. */
final class FileActions {

    private final MainWindow window;
    private final Prompts prompts;
    private final ProjectOpener opener;
    private final RecentFiles recent;
    /** Files whose change on disk the user chose to ignore, so we do not ask again at every focus. */
    private final java.util.Set<String> dismissed = new java.util.HashSet<>();

    FileActions(MainWindow window, Prompts prompts, ProjectOpener opener, RecentFiles recent) {
        this.window = Objects.requireNonNull(window, "window");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.recent = Objects.requireNonNull(recent, "recent");
    }

    RecentFiles recent() {
        return recent;
    }

    void newEmpty() {
        if (confirmDiscard()) {
            try {
                window.show(opener.openUntitled(SampleProject.emptyProject()));
            } catch (IOException | DocumentException e) {
                prompts.error("Cannot create a project", e.getMessage());
            }
        }
    }

    void newFromSample() {
        if (confirmDiscard()) {
            try {
                window.show(opener.openUntitled(SampleProject.extract()));
            } catch (IOException | DocumentException e) {
                prompts.error("Cannot open the sample", e.getMessage());
            }
        }
    }

    void openFile() {
        prompts.chooseComposeFile(false, "compose.yaml").ifPresent(this::open);
    }

    void openFolder() {
        prompts.chooseFolder().ifPresent(this::open);
    }

    /** Opens a file or folder (menu, recent list, a file dropped on the window, the command line). */
    void open(Path path) {
        if (!confirmDiscard()) {
            return;
        }
        try {
            window.show(opener.open(path));
            dismissed.clear();
            recent.add(path);
        } catch (DocumentException e) {
            prompts.error("Cannot open " + path.getFileName(), e.describe());
        }
    }

    /** Saves; an untitled project asks where. Returns whether everything was saved. */
    boolean save() {
        window.views().flushEdits();
        EditorSession session = window.session();
        if (session.isUntitled()) {
            return saveAs();
        }
        try {
            session.save();
            return true;
        } catch (DocumentException e) {
            prompts.error("Cannot save", e.describe());
            return false;
        }
    }

    /** Writes the main compose file under a new name and continues there. */
    boolean saveAs() {
        window.views().flushEdits();
        EditorSession session = window.session();
        String primary = session.primaryDocument();
        Path name = Path.of(primary).getFileName();
        var target = prompts.chooseComposeFile(true, name == null ? "compose.yaml" : name.toString());
        if (target.isEmpty()) {
            return false;
        }
        try {
            Path file = target.get().toAbsolutePath();
            new AtomicFileWriter().write(file, session.document(primary).toBytes(), null);
            if (session.isUntitled()) {
                // The sample's env file, secret and proxy config go along so the project still loads.
                copyCompanions(session, file.getParent());
            }
            window.show(opener.open(file));
            recent.add(file);
            return true;
        } catch (DocumentException e) {
            prompts.error("Cannot save", e.describe());
        } catch (IOException e) {
            prompts.error("Cannot save", e.getMessage());
        }
        return false;
    }

    private static void copyCompanions(EditorSession session, Path targetDir) throws IOException {
        Path from = session.snapshot().project().directory();
        try (var files = Files.walk(from)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(source);
                Path target = targetDir.resolve(relative.toString());
                if (relative.toString().equals(session.primaryDocument()) || Files.exists(target)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(source, target);
            }
        }
    }

    /** Writes the canvas as a PNG or SVG picture, off the JavaFX thread. */
    void exportDiagram() {
        EditorSession session = window.session();
        var target = prompts.chooseExportFile(session.snapshot().project().name() + "-diagram.png");
        if (target.isEmpty()) {
            return;
        }
        var renderer = org.stackcanvas.diagram.render.DiagramRenderer.forFileName(target.get().getFileName().toString());
        if (renderer.isEmpty()) {
            prompts.error("Cannot export", "Name the file .png or .svg to choose the picture format.");
            return;
        }
        var graph = org.stackcanvas.diagram.StackGraph.of(session.snapshot().model());
        var pinned = window.views().nodePositions();
        session.setStatus("Exporting diagram\u2026");
        Thread worker = new Thread(() -> {
            String result;
            try {
                var layout = new org.stackcanvas.diagram.GraphLayouter().layout(graph, pinned);
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                renderer.get().render(graph, layout, bytes);
                new AtomicFileWriter().write(target.get(), bytes.toByteArray(), null);
                result = "Exported " + target.get().getFileName();
            } catch (IOException | DocumentException e) {
                result = "Cannot export the diagram: " + e.getMessage();
            }
            String message = result;
            javafx.application.Platform.runLater(() -> session.setStatus(message));
        }, "diagram-export");
        worker.setDaemon(true);
        worker.start();
    }

    /** Asks about unsaved changes; true when it is fine to drop the current project. */
    boolean confirmDiscard() {
        EditorSession session = window.session();
        if (session == null || !session.dirtyProperty().get()) {
            return true;
        }
        return switch (prompts.unsavedChanges(window.projectTitle())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Called when the window gets focus: offers to reload files that changed on disk. */
    void checkDisk() {
        EditorSession session = window.session();
        if (session == null || session.isUntitled()) {
            return;
        }
        List<String> changed = session.changedOnDisk().stream().filter(f -> !dismissed.contains(f)).toList();
        if (!changed.isEmpty() && prompts.reloadChangedFiles(changed)) {
            try {
                window.show(org.stackcanvas.ui.session.EditorSession.open(session.options()));
            } catch (DocumentException e) {
                prompts.error("Cannot reload", e.describe());
            }
        } else if (!changed.isEmpty()) {
            dismissed.addAll(changed);
            session.setStatus("Kept the editor's version; Save will not overwrite the changed file (use Save As)");
        }
    }
}
