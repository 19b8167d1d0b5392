package org.stackcanvas.diagram.render;

import java.util.Objects;
import org.stackcanvas.diagram.GraphLayout;
import org.stackcanvas.diagram.StackGraph;

/** A graph with its layout: what a renderer draws. */
record StackGraphView(StackGraph graph, GraphLayout layout) {

    StackGraphView {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(layout, "layout");
    }
}
