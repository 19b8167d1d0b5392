package org.stackcanvas.ui.inspector;

import javafx.scene.Node;
import org.stackcanvas.ui.session.ProjectSnapshot;

/** The inspector's form for one element; it updates in place when the project changes. */
interface ElementForm {

    Node node();

    /** Shows the new state; false when the element is gone and the form must be replaced. */
    boolean update(ProjectSnapshot snapshot);
}
