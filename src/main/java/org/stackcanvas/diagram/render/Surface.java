package org.stackcanvas.diagram.render;

import java.util.List;
import org.stackcanvas.diagram.DiagramStyle.LineStyle;
import org.stackcanvas.diagram.Position;

/**
 * What {@link DiagramPainter} draws on: SVG text or a Java2D image. Colours are {@code 0xRRGGBB};
 * {@code -1} means none. Text is positioned by its baseline.
 */
interface Surface {

    enum Anchor { START, MIDDLE }

    void begin(double width, double height, int background);

    /** Groups what follows until {@link #endGroup()}: a node or a wire, named for SVG readers. */
    void beginGroup(String id, String styleClass, String title);

    void endGroup();

    void rect(double x, double y, double w, double h, double radius, int fill, double fillOpacity, int stroke,
            double strokeWidth);

    void polyline(List<Position> points, int color, double width, LineStyle style);

    void polygon(List<Position> points, int fill);

    void circle(double cx, double cy, double r, int fill, int stroke, double strokeWidth);

    void text(String text, double x, double baseline, double size, boolean bold, int color, Anchor anchor);

    void icon(String key, double x, double y, double size);

    void end();
}
