package org.stackcanvas.ui.canvas;

import java.util.Collection;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.stackcanvas.diagram.NodeBox;
import org.stackcanvas.diagram.Position;

/**
 * Zoom and pan of the canvas: a scale and a translation of the world pane inside the viewport.
 * Coordinates in the world are diagram units (pixels at 100 %), the same as the exported diagram.
 */
final class CanvasZoom {

    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 3;
    /** The first view of a stack: large enough to read the cards, never blown up past 100 %. */
    static final double INITIAL_MIN = 0.75;
    static final double INITIAL_MAX = 1.0;
    private static final double MARGIN = 32;

    private final Pane viewport;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate translate = new Translate();

    CanvasZoom(Pane viewport, Pane world) {
        this.viewport = viewport;
        world.getTransforms().addAll(translate, scale);
    }

    double zoom() {
        return scale.getX();
    }

    /** The zoom as it changes (both axes scale together). */
    javafx.beans.value.ObservableDoubleValue zoomProperty() {
        return scale.xProperty();
    }

    /** Zooms by a factor around a viewport point, which stays where it is on screen. */
    void zoomAt(double factor, double vx, double vy) {
        double s = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, scale.getX() * factor));
        double wx = (vx - translate.getX()) / scale.getX();
        double wy = (vy - translate.getY()) / scale.getY();
        scale.setX(s);
        scale.setY(s);
        translate.setX(vx - s * wx);
        translate.setY(vy - s * wy);
    }

    void zoomAtCentre(double factor) {
        zoomAt(factor, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    void panBy(double dx, double dy) {
        translate.setX(translate.getX() + dx);
        translate.setY(translate.getY() + dy);
    }

    /**
     * Shows the boxes and wire points as large as fits, between two zooms. When even the smallest
     * zoom is too large the top-left corner of the stack is shown, to pan from.
     */
    void fit(Collection<NodeBox> boxes, Collection<Position> points, double minZoom, double maxZoom) {
        if (boxes.isEmpty() || viewport.getWidth() <= 0) {
            return;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (NodeBox b : boxes) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.width());
            maxY = Math.max(maxY, b.y() + b.height());
        }
        for (Position p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        double s = Math.min((viewport.getWidth() - 2 * MARGIN) / Math.max(1, maxX - minX),
                (viewport.getHeight() - 2 * MARGIN) / Math.max(1, maxY - minY));
        s = Math.max(minZoom, Math.min(maxZoom, s));
        scale.setX(s);
        scale.setY(s);
        translate.setX(Math.max(MARGIN, (viewport.getWidth() - (maxX - minX) * s) / 2) - minX * s);
        translate.setY(Math.max(MARGIN, (viewport.getHeight() - (maxY - minY) * s) / 2) - minY * s);
    }
}
