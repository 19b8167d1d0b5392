package org.stackcanvas.diagram.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.stackcanvas.diagram.DiagramStyle;
import org.stackcanvas.diagram.DiagramStyle.LineStyle;
import org.stackcanvas.diagram.GraphLayout;
import org.stackcanvas.diagram.Position;
import org.stackcanvas.diagram.StackGraph;

/**
 * The diagram as a PNG, drawn with Java2D into a {@link BufferedImage}; works with
 * {@code java.awt.headless=true}. {@code scale} 2 gives a sharp picture on high-density screens.
 */
public final class PngDiagramRenderer implements DiagramRenderer {

    /** Larger pictures are scaled down to stay within this many pixels per side. */
    public static final int MAX_SIDE = 12_000;

    private final double scale;
    private final Icons icons = new Icons();

    public PngDiagramRenderer() {
        this(1.5);
    }

    public PngDiagramRenderer(double scale) {
        if (!(scale > 0 && scale <= 8)) {
            throw new IllegalArgumentException("scale must be in (0, 8]: " + scale);
        }
        this.scale = scale;
    }

    @Override
    public String format() {
        return "png";
    }

    @Override
    public void render(StackGraph graph, GraphLayout layout, OutputStream out) throws IOException {
        if (!ImageIO.write(toImage(graph, layout), "png", out)) {
            throw new IOException("no PNG writer available");
        }
        out.flush();
    }

    public BufferedImage toImage(StackGraph graph, GraphLayout layout) {
        DiagramPainter painter = new DiagramPainter(new StackGraphView(graph, layout));
        double s = Math.min(scale, MAX_SIDE / Math.max(painter.width(), painter.height()));
        int width = Math.max(1, (int) Math.ceil(painter.width() * s));
        int height = Math.max(1, (int) Math.ceil(painter.height() * s));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(s, s);
            painter.paint(new Java2dSurface(g, icons));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static final class Java2dSurface implements Surface {

        private final Graphics2D g;
        private final Icons icons;

        Java2dSurface(Graphics2D g, Icons icons) {
            this.g = g;
            this.icons = icons;
        }

        @Override
        public void begin(double width, double height, int background) {
            g.setColor(new Color(background));
            // One unit more: the image is rounded up to whole pixels.
            g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, width + 1, height + 1));
        }

        @Override
        public void beginGroup(String id, String styleClass, String title) {
        }

        @Override
        public void endGroup() {
        }

        @Override
        public void rect(double x, double y, double w, double h, double radius, int fill, double fillOpacity,
                int stroke, double strokeWidth) {
            RoundRectangle2D.Double shape = new RoundRectangle2D.Double(x, y, w, h, 2 * radius, 2 * radius);
            if (fill >= 0) {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) fillOpacity));
                g.setColor(new Color(fill));
                g.fill(shape);
                g.setComposite(AlphaComposite.SrcOver);
            }
            if (stroke >= 0) {
                g.setColor(new Color(stroke));
                g.setStroke(new BasicStroke((float) strokeWidth));
                g.draw(shape);
            }
        }

        @Override
        public void polyline(List<Position> points, int color, double width, LineStyle style) {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(points.get(0).x(), points.get(0).y());
            for (Position p : points.subList(1, points.size())) {
                path.lineTo(p.x(), p.y());
            }
            double[] dashes = DiagramStyle.dashes(style, width);
            float[] pattern = null;
            if (dashes.length > 0) {
                pattern = new float[dashes.length];
                for (int i = 0; i < dashes.length; i++) {
                    pattern[i] = (float) dashes[i];
                }
            }
            int cap = style == LineStyle.DOTTED ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT;
            g.setColor(new Color(color));
            g.setStroke(new BasicStroke((float) width, cap, BasicStroke.JOIN_ROUND, 10, pattern, 0));
            g.draw(path);
        }

        @Override
        public void polygon(List<Position> points, int fill) {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(points.get(0).x(), points.get(0).y());
            for (Position p : points.subList(1, points.size())) {
                path.lineTo(p.x(), p.y());
            }
            path.closePath();
            g.setColor(new Color(fill));
            g.fill(path);
        }

        @Override
        public void circle(double cx, double cy, double r, int fill, int stroke, double strokeWidth) {
            Ellipse2D.Double shape = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            if (fill >= 0) {
                g.setColor(new Color(fill));
                g.fill(shape);
            }
            if (stroke >= 0) {
                g.setColor(new Color(stroke));
                g.setStroke(new BasicStroke((float) strokeWidth));
                g.draw(shape);
            }
        }

        @Override
        public void text(String text, double x, double baseline, double size, boolean bold, int color,
                Anchor anchor) {
            g.setFont(TextMetrics.font(size, bold));
            g.setColor(new Color(color));
            double start = anchor == Anchor.MIDDLE ? x - TextMetrics.width(text, size, bold) / 2 : x;
            g.drawString(text, (float) start, (float) baseline);
        }

        @Override
        public void icon(String key, double x, double y, double size) {
            BufferedImage image = icons.image(key);
            java.awt.geom.AffineTransform at = new java.awt.geom.AffineTransform();
            at.translate(x, y);
            at.scale(size / image.getWidth(), size / image.getHeight());
            g.drawImage(image, at, null);
        }

        @Override
        public void end() {
        }
    }
}
