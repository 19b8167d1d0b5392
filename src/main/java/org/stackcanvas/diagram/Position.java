package org.stackcanvas.diagram;

/** A node position the user chose (kept in the layout file), top-left corner. */
public record Position(double x, double y) {
}
