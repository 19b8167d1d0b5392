package org.stackcanvas.ui.inspector;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ElementRef;
import org.stackcanvas.ui.session.ProjectSnapshot;

/**
 * The inspector: a form for the one selected element (service, network, volume, secret, config or
 * env file), or a hint when nothing or several things are selected. Every field edit is one
 * undoable command; the form follows undo, redo and canvas edits in place.
 */
public final class InspectorView extends BorderPane {

    private static final String STYLESHEET =
            Objects.requireNonNull(InspectorView.class.getResource("inspector.css"), "inspector.css").toExternalForm();

    private final EditorSession session;
    private final ScrollPane scroll = new ScrollPane();
    private final Label hint = new Label();
    private ElementRef current;
    private ElementForm form;

    public InspectorView(EditorSession session) {
        this.session = Objects.requireNonNull(session, "session");
        getStyleClass().add("inspector");
        getStylesheets().add(STYLESHEET);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("inspector-scroll");
        hint.getStyleClass().addAll("hint", "inspector-hint");
        hint.setId("inspector-hint");
        hint.setWrapText(true);
        session.selection().addListener((ListChangeListener<ElementRef>) change -> show());
        session.snapshotProperty().addListener((obs, old, snapshot) -> refresh(snapshot));
        show();
    }

    /** The element the form shows, if one. */
    public Optional<ElementRef> shownElement() {
        return Optional.ofNullable(form == null ? null : current);
    }

    /**
     * Shows the field for what is written at {@code where} (a problem's location): the attribute of
     * the shown service whose key is the last one at or above that line. Returns whether one was found.
     */
    public boolean focusAt(org.stackcanvas.document.SourceLocation where) {
        if (current == null || current.kind() != ElementRef.Kind.SERVICE || session.snapshot() == null) {
            return false;
        }
        org.stackcanvas.model.Service service = session.snapshot().model().services().get(current.name());
        if (service == null) {
            return false;
        }
        String attribute = null;
        int best = -1;
        for (var e : service.attributeLocations().entrySet()) {
            var at = e.getValue();
            if (at.file().equals(where.file()) && at.line() <= where.line() && at.line() > best) {
                best = at.line();
                attribute = e.getKey();
            }
        }
        return attribute != null && focusAttribute(attribute);
    }

    /** Scrolls to the field (or section) that edits {@code attribute} and gives a field the focus. */
    public boolean focusAttribute(String attribute) {
        Node content = scroll.getContent();
        if (content == null) {
            return false;
        }
        for (String id : InspectorTargets.idsFor(attribute)) {
            Node target = content.lookup("#" + id);
            if (target != null) {
                reveal(target);
                if (target instanceof javafx.scene.control.TextInputControl || target instanceof javafx.scene.control.ComboBoxBase) {
                    target.requestFocus();
                }
                return true;
            }
        }
        return false;
    }

    /** Scrolls the form so that {@code node} (a field of it) is in view. */
    public void reveal(Node node) {
        Node content = scroll.getContent();
        if (content == null || node.getScene() == null) {
            return;
        }
        double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
        double hidden = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, (y - 20) / hidden)));
        }
        scroll.layout();
    }

    private void show() {
        ElementRef selected = session.selection().size() == 1 ? session.selection().get(0) : null;
        if (selected != null && selected.equals(current) && form != null) {
            return;
        }
        current = selected;
        form = selected == null ? null : formFor(selected);
        if (form == null || !form.update(session.snapshot())) {
            form = null;
            hint.setText(session.selection().isEmpty() ? "Select a service, network or volume to edit it here."
                    : session.selection().size() > 1 ? session.selection().size() + " elements selected; select one to edit it."
                    : "Nothing to edit for " + selected.name() + ".");
            setCenter(hint);
            return;
        }
        scroll.setContent(form.node());
        setCenter(scroll);
    }

    private void refresh(ProjectSnapshot snapshot) {
        if (form != null && !form.update(snapshot)) {
            form = null;
            current = null;
            show();
        }
    }

    private ElementForm formFor(ElementRef ref) {
        return switch (ref.kind()) {
            case SERVICE -> new ServiceForm(session, ref.name(), this::openEnvFile);
            case NETWORK, VOLUME, SECRET, CONFIG -> new ResourceForm(session, ref);
            case ENV_FILE -> envFileForm(ref.name());
            case BIND_MOUNT -> null;
        };
    }

    private ElementForm envFileForm(String path) {
        EnvFileEditor editor = new EnvFileEditor(session, path);
        return new ElementForm() {
            @Override
            public Node node() {
                return editor;
            }

            @Override
            public boolean update(ProjectSnapshot snapshot) {
                return true; // the env file is its own file; the compose model does not change it
            }
        };
    }

    private void openEnvFile(String path) {
        Path p = Path.of(path);
        Path dir = session.snapshot().project().directory();
        String relative = p.isAbsolute() && p.startsWith(dir) ? dir.relativize(p).toString() : path;
        session.selection().setAll(new ElementRef(ElementRef.Kind.ENV_FILE, relative));
    }
}
