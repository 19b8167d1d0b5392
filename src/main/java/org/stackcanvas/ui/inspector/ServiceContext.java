package org.stackcanvas.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;
import org.stackcanvas.edit.Command;
import org.stackcanvas.edit.ComposeEditor;
import org.stackcanvas.model.Service;
import org.stackcanvas.ui.session.EditorSession;

/**
 * What a service section needs: the typed service, its values as written (with {@code ${VAR}}) and
 * as resolved, the file an edit goes to, and a way to run commands.
 */
final class ServiceContext {

    private final EditorSession session;
    private final Service service;

    ServiceContext(EditorSession session, Service service) {
        this.session = Objects.requireNonNull(session, "session");
        this.service = Objects.requireNonNull(service, "service");
    }

    Service service() {
        return service;
    }

    String name() {
        return service.name();
    }

    EditorSession session() {
        return session;
    }

    /** The document an edit of {@code attribute} must go to. */
    String doc(String attribute) {
        return session.documentFor(service.name(), attribute);
    }

    boolean execute(Command command) {
        return session.execute(command);
    }

    /** The value as written in its file (variables not substituted), below the service. */
    Optional<YValue> raw(Object... path) {
        String attribute = (String) path[0];
        String file = service.locationOf(attribute).map(SourceLocation::file).orElse(doc(attribute));
        ComposeDocument document;
        try {
            document = session.document(file);
        } catch (IllegalArgumentException e) {
            return resolved(path);
        }
        List<Object> full = new ArrayList<>(List.of("services", service.name()));
        full.addAll(List.of(path));
        Optional<YValue> found = ComposeEditor.effective(document, full);
        return found.isPresent() ? found : resolved(path);
    }

    /** The value as Compose reads it: files merged, variables substituted. */
    Optional<YValue> resolved(Object... path) {
        YValue value = session.snapshot().project().services().get(service.name());
        return value == null ? Optional.empty() : value.at(java.util.List.of(path));
    }

    String rawText(Object... path) {
        return text(raw(path));
    }

    String resolvedText(Object... path) {
        return text(resolved(path));
    }

    static String text(Optional<YValue> value) {
        return value.filter(YScalar.class::isInstance).map(v -> ((YScalar) v).text())
                .filter(t -> !(value.get() instanceof YScalar s && s.kind() == YScalar.Kind.NULL)).orElse("");
    }
}
