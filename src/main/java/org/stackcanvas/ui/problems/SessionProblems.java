package org.stackcanvas.ui.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.model.ModelProblem;
import org.stackcanvas.project.LoadWarning;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ProjectSnapshot;

/**
 * The problems the session itself knows: the current YAML or load error (text typed that does not
 * parse), values the model could not read, and what Compose would warn about while loading.
 */
public final class SessionProblems implements ProblemSource {

    private final ObjectBinding<List<Problem>> problems;

    public SessionProblems(EditorSession session) {
        Objects.requireNonNull(session, "session");
        problems = Bindings.createObjectBinding(
                () -> collect(session.errorProperty().get(), session.snapshot()),
                session.errorProperty(), session.snapshotProperty());
    }

    @Override
    public ObservableValue<List<Problem>> problems() {
        return problems;
    }

    static List<Problem> collect(DocumentException error, ProjectSnapshot snapshot) {
        List<Problem> out = new ArrayList<>();
        if (error != null) {
            out.add(Problem.of(Severity.ERROR, error.getMessage(), error.location()));
        }
        if (snapshot != null) {
            for (ModelProblem p : snapshot.problems()) {
                out.add(Problem.of(Severity.ERROR, p.message(), p.location()));
            }
            for (LoadWarning w : snapshot.project().warnings()) {
                out.add(Problem.of(Severity.WARNING, w.message(), w.location()));
            }
        }
        return List.copyOf(out);
    }
}
