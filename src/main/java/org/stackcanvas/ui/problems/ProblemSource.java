package org.stackcanvas.ui.problems;

import java.util.List;
import javafx.beans.value.ObservableValue;

/**
 * Something that finds problems: the loader and model (see {@link SessionProblems}), later the
 * validator's rules. The Problems view shows the union of its sources and follows their changes.
 */
@FunctionalInterface
public interface ProblemSource {

    /** The current findings; a new list is published whenever they change. */
    ObservableValue<List<Problem>> problems();
}
