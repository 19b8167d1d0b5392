package org.stackcanvas.diagram;

/** Where a node is drawn: top-left corner and size, in diagram units (pixels at 100 %). */
public record NodeBox(String id, double x, double y, double width, double height) {

    public NodeBox moveTo(double newX, double newY) {
        return new NodeBox(id, newX, newY, width, height);
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }
}
