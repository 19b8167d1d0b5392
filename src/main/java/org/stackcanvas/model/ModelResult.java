package org.stackcanvas.model;

import java.util.List;
import java.util.Objects;

/**
 * A built model and what could not be read. The model is always there: building keeps what it can,
 * so the editor can show a half-written file while the problems explain the rest.
 */
public record ModelResult(ComposeModel model, List<ModelProblem> problems) {

    public ModelResult {
        Objects.requireNonNull(model, "model");
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
