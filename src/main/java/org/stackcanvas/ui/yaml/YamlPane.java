package org.stackcanvas.ui.yaml;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ElementRef;

/**
 * The YAML of the open project, editable, in step with the canvas. Outside edits (canvas,
 * inspector, undo) are patched into the text line by line so the caret and scroll stay put, and
 * the changed lines are marked until the next change. Typing goes to the session after a pause
 * ({@link #DEBOUNCE}) as one replace-text command; text that does not parse marks its error line and
 * leaves the project at its last good state. The caret and the session's selection follow each other.
 */
public final class YamlPane extends BorderPane {

    /** How long typing must pause before the text is sent to the session. */
    public static final javafx.util.Duration DEBOUNCE = javafx.util.Duration.millis(300);

    private final EditorSession session;
    private final CodeArea area = new CodeArea();
    private final LineMarks marks = new LineMarks(area);
    private final DocumentBar documentBar = new DocumentBar(name -> {
        if (!name.equals(shownDocumentName())) {
            showDocument(name);
        }
    });
    private final Label banner = new Label();
    private final ReadOnlyStringWrapper shownDocument = new ReadOnlyStringWrapper();
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final ExecutorService highlightExecutor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "yaml-highlighter");
        t.setDaemon(true);
        return t;
    });
    private final YamlHighlighter highlighter = new YamlHighlighter();
    private final VisibleHighlighting colours = new VisibleHighlighting(area);
    private final ElementLocator locator = new ElementLocator();
    /** The pane is changing its own text: not a user edit. */
    private boolean applying;
    /** Typed text waits for the debounce. */
    private boolean pending;
    /** The text differs from the document (typing not sent yet, or invalid): element lines may be off. */
    private boolean divergent;
    /** The caret is being moved by a reveal, not by the user. */
    private boolean revealing;
    /** The selection is being set from the caret: do not move the caret back to the key. */
    private boolean selectingFromCaret;

    public YamlPane(EditorSession session) {
        this.session = Objects.requireNonNull(session, "session");
        getStyleClass().add("yaml-pane");
        getStylesheets().add(Objects.requireNonNull(YamlPane.class.getResource("yaml-pane.css")).toExternalForm());
        area.getStyleClass().add("yaml-area");
        area.setUndoManager(UndoUtils.noOpUndoManager());
        banner.getStyleClass().add("yaml-error-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        setTop(new VBox(documentBar, banner));
        setCenter(new VirtualizedScrollPane<>(area));

        installKeys();
        installHighlighting();
        area.plainTextChanges().subscribe(change -> {
            if (!applying) {
                userEdited();
            }
        });
        debounce.setOnFinished(e -> flush());
        session.revisionProperty().addListener((o, a, b) -> syncFromSession());
        session.snapshotProperty().addListener((o, a, b) -> refreshDocumentBar());
        session.errorProperty().addListener((o, a, b) -> showError());
        session.selection().addListener((ListChangeListener<ElementRef>) c -> selectionChanged());
        area.currentParagraphProperty().addListener((o, a, b) -> caretMoved(b));

        refreshDocumentBar();
        showDocument(session.primaryDocument());
        showError();
        // A file opens at its first line: scrolling needs the scene, which comes after construction.
        area.sceneProperty().addListener((o, before, scene) -> {
            if (before == null && scene != null && area.getCaretPosition() == 0) {
                javafx.application.Platform.runLater(() -> area.showParagraphAtTop(0));
            }
        });
    }

    /** Shows {@code location}'s file, puts the caret at its line and column and highlights the line. */
    public void reveal(SourceLocation location) {
        Objects.requireNonNull(location, "location");
        if (!location.isKnown() || !isOpen(location.file())) {
            return;
        }
        if (!location.file().equals(shownDocument.get())) {
            showDocument(location.file());
        }
        int paragraph = Math.min(location.line(), area.getParagraphs().size()) - 1;
        int column = Math.max(0, Math.min(location.column() - 1, area.getParagraphLength(paragraph)));
        revealing = true;
        try {
            area.moveTo(paragraph, column);
        } finally {
            revealing = false;
        }
        marks.setSelected(paragraph + 1);
        area.showParagraphAtCenter(paragraph);
        // Following the caret would scroll only as far as needed and leave the line at the edge;
        // centre it again once the text is laid out instead.
        javafx.application.Platform.runLater(() -> {
            if (paragraph < area.getParagraphs().size()) {
                area.showParagraphAtCenter(paragraph);
            }
        });
    }

    /** Switches the pane to one of the session's documents (typing in the current one is sent first). */
    public void showDocument(String documentName) {
        Objects.requireNonNull(documentName, "documentName");
        if (!isOpen(documentName)) {
            throw new IllegalArgumentException(documentName + " is not open");
        }
        if (documentName.equals(shownDocument.get())) {
            return;
        }
        flush();
        shownDocument.set(documentName);
        replaceAll(session.document(documentName).text());
        marks.clearChanged();
        marks.setSelected(0);
        documentBar.choose(documentName);
        showError();
    }

    /** Sends typed text to the session now instead of after the pause (before saving, say). */
    public void flush() {
        debounce.stop();
        if (!pending) {
            return;
        }
        pending = false;
        String text = area.getText();
        session.replaceText(shownDocument.get(), text);
        divergent = !text.equals(session.document(shownDocument.get()).text());
    }

    public ReadOnlyStringProperty shownDocumentProperty() {
        return shownDocument.getReadOnlyProperty();
    }

    /** Lines (1-based) of the shown document changed by the last outside edit; cleared by the next change. */
    public ObservableSet<Integer> changedLines() {
        return marks.changed();
    }

    /** The line (1-based) of the current YAML error in the shown document, or 0. */
    public ReadOnlyIntegerProperty errorLineProperty() {
        return marks.errorLineProperty();
    }

    /** The highlighted line (1-based) of the selected element or revealed location, or 0. */
    public ReadOnlyIntegerProperty highlightedLineProperty() {
        return marks.selectedLineProperty();
    }

    /** The text area, for focus handling and tests. */
    public CodeArea codeArea() {
        return area;
    }

    /** Stops the highlighting thread; call when the window closes. */
    public void dispose() {
        highlightExecutor.shutdownNow();
    }

    private void installKeys() {
        Nodes.addInputMap(area, InputMap.sequence(
                // The session's history holds the canvas's edits and the pane's, so undo goes there.
                InputMap.consume(EventPattern.keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), e -> {
                    flush();
                    session.undo();
                }),
                InputMap.consume(EventPattern.keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), e -> {
                    flush();
                    session.redo();
                }),
                InputMap.consume(EventPattern.keyPressed(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), e -> {
                    flush();
                    session.redo();
                }),
                // YAML forbids tabs for indentation.
                InputMap.consume(EventPattern.keyPressed(KeyCode.TAB), e -> area.replaceSelection("  "))));
    }

    private void installHighlighting() {
        area.multiPlainChanges()
                .successionEnds(Duration.ofMillis(30))
                .retainLatestUntilLater(highlightExecutor)
                .supplyTask(this::highlightAsync)
                .awaitLatest(area.multiPlainChanges())
                .filterMap(t -> t.isSuccess() ? Optional.of(t.get()) : Optional.empty())
                .subscribe(colours::show);
    }

    private Task<HighlightedText> highlightAsync() {
        String text = area.getText();
        Task<HighlightedText> task = new Task<>() {
            @Override
            protected HighlightedText call() {
                return new HighlightedText(highlighter.tokenize(text), text.length());
            }
        };
        highlightExecutor.execute(task);
        return task;
    }

    private void userEdited() {
        pending = true;
        divergent = true;
        marks.clearChanged();
        debounce.playFromStart();
    }

    /** A document changed in the session: patch the difference into the pane and mark those lines. */
    private void syncFromSession() {
        refreshDocumentBar();
        String name = shownDocument.get();
        if (!isOpen(name)) {
            showDocument(session.primaryDocument());
            return;
        }
        String newText = session.document(name).text();
        String oldText = area.getText();
        if (newText.equals(oldText)) {
            // The pane's own text came back (or another file changed): nothing to patch.
            divergent = pending;
            marks.clearChanged();
            return;
        }
        // An outside edit wins over typing that was not sent yet.
        debounce.stop();
        pending = false;
        TextDelta delta = TextDelta.between(oldText, newText);
        int firstVisible = firstVisibleParagraph();
        int anchor = delta.map(area.getAnchor());
        int caret = delta.map(area.getCaretPosition());
        applying = true;
        try {
            area.replaceText(delta.oldStart(), delta.oldEnd(), newText.substring(delta.newStart(), delta.newEnd()));
            // replaceText puts the caret after the new text; keep it where the user had it.
            area.selectRange(anchor, caret);
        } finally {
            applying = false;
        }
        divergent = false;
        List<Integer> changed = new ArrayList<>();
        for (int line = delta.firstLine(); line <= delta.lastLine(); line++) {
            changed.add(line + 1);
        }
        if (changed.isEmpty() && delta.firstLine() < area.getParagraphs().size()) {
            changed.add(delta.firstLine() + 1); // lines were removed here
        }
        marks.setChanged(changed);
        if (firstVisible >= 0 && delta.firstLine() < firstVisible && delta.lineShift() != 0) {
            area.showParagraphAtTop(Math.max(0, firstVisible + delta.lineShift()));
        }
        // The selected element may have moved; follow it with the mark, not with the caret.
        selectingFromCaret = true;
        try {
            selectionChanged();
        } finally {
            selectingFromCaret = false;
        }
    }

    private void replaceAll(String text) {
        applying = true;
        try {
            area.replaceText(text);
        } finally {
            applying = false;
        }
        pending = false;
        divergent = false;
        debounce.stop();
        area.moveTo(0);
        if (area.getScene() != null) {
            // Scrolling lays out lines; before the pane is in a scene their colours cannot resolve yet.
            area.showParagraphAtTop(0);
        }
    }

    private void showError() {
        DocumentException error = session.errorProperty().get();
        if (error == null) {
            banner.setText("");
            banner.setTooltip(null);
            banner.setVisible(false);
            banner.setManaged(false);
            marks.setError(0, "");
            return;
        }
        banner.setText(error.describe());
        banner.setTooltip(new Tooltip(error.describe()));
        banner.setVisible(true);
        banner.setManaged(true);
        SourceLocation where = error.location();
        boolean here = where.isKnown() && where.file().equals(shownDocument.get());
        marks.setError(here ? Math.min(where.line(), area.getParagraphs().size()) : 0, error.getMessage());
    }

    private void selectionChanged() {
        List<ElementRef> selected = session.selection();
        if (selected.size() != 1) {
            marks.setSelected(0);
            return;
        }
        Optional<SourceLocation> where = session.snapshot().locationOf(selected.get(0));
        if (where.isEmpty() || !where.get().isKnown()) {
            marks.setSelected(0);
            return;
        }
        if (selectingFromCaret || divergent) {
            boolean here = where.get().file().equals(shownDocument.get());
            marks.setSelected(here && !divergent ? where.get().line() : 0);
        } else {
            reveal(where.get());
        }
    }

    /** The caret reached another line: select the element whose definition holds it. */
    private void caretMoved(int paragraph) {
        if (revealing || applying || divergent || shownDocument.get() == null) {
            return;
        }
        locator.elementAt(session.snapshot(), SourceLocation.of(shownDocument.get(), paragraph + 1, 1))
                .ifPresent(ref -> {
                    if (session.selection().size() == 1 && session.selection().get(0).equals(ref)) {
                        return;
                    }
                    selectingFromCaret = true;
                    try {
                        session.selection().setAll(ref);
                    } finally {
                        selectingFromCaret = false;
                    }
                });
    }

    private void refreshDocumentBar() {
        documentBar.setDocuments(session.documents().stream().map(ComposeDocument::name).toList(), shownDocument.get());
    }

    private String shownDocumentName() {
        return shownDocument.get();
    }

    private boolean isOpen(String name) {
        return name != null && session.documents().stream().anyMatch(d -> d.name().equals(name));
    }

    private int firstVisibleParagraph() {
        try {
            return area.getVisibleParagraphs().isEmpty() ? -1 : area.firstVisibleParToAllParIndex();
        } catch (RuntimeException notLaidOut) {
            return -1;
        }
    }
}
