package org.stackcanvas.ui.session;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stackcanvas.document.AtomicFileWriter;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.FileStamp;
import org.stackcanvas.edit.Command;
import org.stackcanvas.edit.CommandStack;
import org.stackcanvas.edit.DocumentStore;
import org.stackcanvas.edit.EditException;
import org.stackcanvas.edit.EditTarget;
import org.stackcanvas.edit.ReplaceTextCommand;
import org.stackcanvas.model.ModelBuilder;
import org.stackcanvas.model.ModelResult;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;

/**
 * The open project as the editor works on it: documents, undo history, the derived snapshot, the
 * selection and the status line. Views observe it and send it commands; they never write YAML.
 * Not thread-safe: used on the JavaFX thread.
 */
public final class EditorSession {

    private final ProjectLoader loader = new ProjectLoader();
    private final ProjectOptions options;
    private final boolean untitled;
    private final DocumentStore store;
    private final CommandStack stack;
    private final Map<String, FileStamp> stamps = new HashMap<>();
    private final ReadOnlyObjectWrapper<ProjectSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DocumentException> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Long> revision = new ReadOnlyObjectWrapper<>(0L);
    /** Set when a command replaced a document, so the project must be derived again. */
    private boolean documentsChanged;
    private final ObservableList<ElementRef> selection = FXCollections.observableArrayList();

    private EditorSession(ProjectOptions options, LoadedProject project, boolean untitled) {
        this.options = options;
        this.untitled = untitled;
        this.store = DocumentStore.of(project.documents().toArray(ComposeDocument[]::new));
        this.stack = new CommandStack(store);
        store.addListener(doc -> documentsChanged = true);
        for (ComposeDocument doc : project.documents()) {
            doc.path().ifPresent(p -> stamps.put(doc.name(), FileStamp.of(p, doc.toBytes())));
        }
        publish(project);
    }

    /** Opens a project as Compose would find it from {@code options}. */
    public static EditorSession open(ProjectOptions options) throws DocumentException {
        return new EditorSession(options, new ProjectLoader().load(options), false);
    }

    /** Opens a project that has no place of its own yet (the sample); saving asks where. */
    public static EditorSession openUntitled(ProjectOptions options) throws DocumentException {
        return new EditorSession(options, new ProjectLoader().load(options), true);
    }

    public ReadOnlyObjectProperty<ProjectSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ProjectSnapshot snapshot() {
        return snapshot.get();
    }

    /** The current load problem (invalid YAML typed in the pane, ...); the snapshot stays the last good one. */
    public ReadOnlyObjectProperty<DocumentException> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Increases on every document change, including changes that leave the model as it was. */
    public ReadOnlyObjectProperty<Long> revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** One line for the status bar: the last action, or why it could not be done. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setStatus(String message) {
        status.set(Objects.requireNonNull(message, "message"));
    }

    public ObservableList<ElementRef> selection() {
        return selection;
    }

    public boolean isUntitled() {
        return untitled;
    }

    public CommandStack commandStack() {
        return stack;
    }

    /** The main compose file's document name (edits of new elements go there). */
    public String primaryDocument() {
        return snapshot().project().documents().get(0).name();
    }

    public ComposeDocument document(String name) {
        try {
            return store.get(name);
        } catch (EditException e) {
            throw new IllegalArgumentException(name + " is not open", e);
        }
    }

    public List<ComposeDocument> documents() {
        return store.all();
    }

    /** The file an edit of {@code attribute} of {@code service} must go to. */
    public String documentFor(String service, String attribute) {
        try {
            return EditTarget.forAttribute(snapshot().project(), service, attribute);
        } catch (EditException e) {
            return primaryDocument();
        }
    }

    /** Runs a command; an impossible edit is reported on the status line and changes nothing. */
    public boolean execute(Command command) {
        try {
            boolean changed = stack.execute(command);
            if (changed) {
                afterChange(command.description());
            }
            return changed;
        } catch (EditException e) {
            status.set(e.getMessage());
            return false;
        }
    }

    public void undo() {
        stack.undoDescription().ifPresent(d -> {
            stack.undo();
            afterChange("Undo " + d);
        });
    }

    public void redo() {
        stack.redoDescription().ifPresent(d -> {
            stack.redo();
            afterChange("Redo " + d);
        });
    }

    /**
     * Text typed in the YAML pane. Valid YAML becomes one undoable change; invalid YAML is reported
     * (with its line) and leaves the documents and the canvas at the last good state.
     */
    public void replaceText(String documentName, String text) {
        Command command = new ReplaceTextCommand(documentName, text);
        try {
            if (stack.execute(command)) {
                afterChange(command.description());
            } else {
                error.set(null);
            }
        } catch (EditException e) {
            error.set(e); // the parse error, with its line and column
        }
    }

    /** Saves every changed document atomically; refuses to overwrite files changed on disk. */
    public void save() throws DocumentException {
        if (untitled) {
            throw new DocumentException(org.stackcanvas.document.SourceLocation.file(primaryDocument()),
                    "this project has no file yet; use Save As");
        }
        AtomicFileWriter writer = new AtomicFileWriter();
        for (ComposeDocument doc : store.all()) {
            Optional<Path> path = doc.path();
            FileStamp stamp = stamps.get(doc.name());
            if (path.isPresent() && (stamp == null || !stamp.matches(FileStamp.of(path.get(), doc.toBytes())))) {
                stamps.put(doc.name(), writer.write(path.get(), doc.toBytes(), stamp));
            }
        }
        stack.markSaved();
        refreshFlags();
        status.set("Saved");
    }

    /** Whether a file of the project changed on disk since it was opened or saved here. */
    public List<String> changedOnDisk() {
        return store.all().stream().filter(doc -> doc.path().isPresent() && stamps.containsKey(doc.name()))
                .filter(doc -> {
                    try {
                        return !stamps.get(doc.name()).matches(FileStamp.read(doc.path().get()));
                    } catch (java.io.IOException e) {
                        return true;
                    }
                }).map(ComposeDocument::name).toList();
    }

    public ProjectOptions options() {
        return options;
    }

    private void afterChange(String description) {
        refreshFlags();
        status.set(description);
        if (!documentsChanged) {
            return; // e.g. a node moved on the canvas: the files, and so the project, are as they were
        }
        documentsChanged = false;
        revision.set(revision.get() + 1);
        try {
            Map<Path, ComposeDocument> open = new HashMap<>();
            for (ComposeDocument doc : store.all()) {
                doc.path().ifPresent(p -> open.put(p.toAbsolutePath().normalize(), doc));
            }
            publish(loader.load(options, open));
            error.set(null);
        } catch (DocumentException e) {
            error.set(e);
        }
        refreshFlags();
    }

    private void publish(LoadedProject project) {
        ModelResult result = new ModelBuilder().build(project.model());
        snapshot.set(new ProjectSnapshot(project, result.model(), result.problems()));
        selection.removeIf(ref -> !exists(ref));
        refreshFlags();
    }

    private boolean exists(ElementRef ref) {
        ProjectSnapshot s = snapshot.get();
        return switch (ref.kind()) {
            case SERVICE -> s.model().services().containsKey(ref.name());
            case NETWORK -> s.model().networks().containsKey(ref.name()) || ref.name().equals("default");
            case VOLUME -> s.model().volumes().containsKey(ref.name());
            case SECRET -> s.model().secrets().containsKey(ref.name());
            case CONFIG -> s.model().configs().containsKey(ref.name());
            default -> true;
        };
    }

    private void refreshFlags() {
        dirty.set(stack.isDirty());
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
    }
}
