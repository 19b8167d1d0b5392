package org.stackcanvas.ui.session;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.model.ComposeModel;
import org.stackcanvas.model.ModelProblem;
import org.stackcanvas.project.LoadedProject;

/**
 * One consistent state of the open project: the loaded files and the typed model derived from them.
 * Immutable; the session publishes a new snapshot after every change.
 */
public record ProjectSnapshot(LoadedProject project, ComposeModel model, List<ModelProblem> problems) {

    public ProjectSnapshot {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(model, "model");
        problems = List.copyOf(problems);
    }

    /** Where an element is defined (file, line, column), for the YAML pane and problem links. */
    public Optional<SourceLocation> locationOf(ElementRef ref) {
        return switch (ref.kind()) {
            case SERVICE -> Optional.ofNullable(model.services().get(ref.name())).map(s -> s.location());
            case NETWORK -> Optional.ofNullable(model.networks().get(ref.name())).map(n -> n.location());
            case VOLUME -> Optional.ofNullable(model.volumes().get(ref.name())).map(v -> v.location());
            case SECRET -> Optional.ofNullable(model.secrets().get(ref.name())).map(s -> s.location());
            case CONFIG -> Optional.ofNullable(model.configs().get(ref.name())).map(c -> c.location());
            default -> Optional.empty();
        };
    }
}
