package org.stackcanvas.diagram.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stackcanvas.diagram.DiagramStyle;
import org.stackcanvas.diagram.DiagramStyle.LineStyle;
import org.stackcanvas.diagram.GraphLayout;
import org.stackcanvas.diagram.Position;
import org.stackcanvas.diagram.StackGraph;

/** The diagram as a standalone SVG document (icons inlined), UTF-8. */
public final class SvgDiagramRenderer implements DiagramRenderer {

    private final Icons icons = new Icons();

    @Override
    public String format() {
        return "svg";
    }

    @Override
    public void render(StackGraph graph, GraphLayout layout, OutputStream out) throws IOException {
        out.write(toSvg(graph, layout).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public String toSvg(StackGraph graph, GraphLayout layout) {
        SvgSurface surface = new SvgSurface(icons);
        new DiagramPainter(new StackGraphView(graph, layout)).paint(surface);
        return surface.text();
    }

    private static final class SvgSurface implements Surface {

        private final StringBuilder svg = new StringBuilder();
        private final Icons icons;
        private final Set<String> ids = new HashSet<>();
        private String indent = "  ";

        SvgSurface(Icons icons) {
            this.icons = icons;
        }

        String text() {
            return svg.toString();
        }

        @Override
        public void begin(double width, double height, int background) {
            svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                    .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(Math.ceil(width)))
                    .append("\" height=\"").append(n(Math.ceil(height))).append("\" viewBox=\"0 0 ")
                    .append(n(Math.ceil(width))).append(' ').append(n(Math.ceil(height)))
                    .append("\" font-family=\"").append(TextMetrics.SVG_FAMILY).append("\">\n");
            svg.append(indent).append("<rect width=\"100%\" height=\"100%\" fill=\"").append(color(background))
                    .append("\"/>\n");
        }

        @Override
        public void beginGroup(String id, String styleClass, String title) {
            String unique = id;
            for (int i = 2; !ids.add(unique); i++) {
                unique = id + "-" + i;
            }
            svg.append(indent).append("<g id=\"").append(escape(unique)).append("\" class=\"")
                    .append(escape(styleClass)).append("\">\n");
            indent += "  ";
            svg.append(indent).append("<title>").append(escape(title)).append("</title>\n");
        }

        @Override
        public void endGroup() {
            indent = indent.substring(2);
            svg.append(indent).append("</g>\n");
        }

        @Override
        public void rect(double x, double y, double w, double h, double radius, int fill, double fillOpacity,
                int stroke, double strokeWidth) {
            svg.append(indent).append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
                    .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append('"');
            if (radius > 0) {
                svg.append(" rx=\"").append(n(radius)).append('"');
            }
            paint(fill, fillOpacity, stroke, strokeWidth);
            svg.append("/>\n");
        }

        @Override
        public void polyline(List<Position> points, int color, double width, LineStyle style) {
            svg.append(indent).append("<polyline points=\"");
            for (int i = 0; i < points.size(); i++) {
                svg.append(i == 0 ? "" : " ").append(n(points.get(i).x())).append(',').append(n(points.get(i).y()));
            }
            svg.append("\" fill=\"none\" stroke=\"").append(color(color)).append("\" stroke-width=\"")
                    .append(n(width)).append("\" stroke-linejoin=\"round\"");
            double[] dashes = DiagramStyle.dashes(style, width);
            if (dashes.length > 0) {
                svg.append(" stroke-dasharray=\"");
                for (int i = 0; i < dashes.length; i++) {
                    svg.append(i == 0 ? "" : " ").append(n(dashes[i]));
                }
                svg.append('"');
            }
            if (style == LineStyle.DOTTED) {
                svg.append(" stroke-linecap=\"round\"");
            }
            svg.append("/>\n");
        }

        @Override
        public void polygon(List<Position> points, int fill) {
            svg.append(indent).append("<polygon points=\"");
            for (int i = 0; i < points.size(); i++) {
                svg.append(i == 0 ? "" : " ").append(n(points.get(i).x())).append(',').append(n(points.get(i).y()));
            }
            svg.append("\" fill=\"").append(color(fill)).append("\"/>\n");
        }

        @Override
        public void circle(double cx, double cy, double r, int fill, int stroke, double strokeWidth) {
            svg.append(indent).append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy))
                    .append("\" r=\"").append(n(r)).append('"');
            paint(fill, 1, stroke, strokeWidth);
            svg.append("/>\n");
        }

        @Override
        public void text(String text, double x, double baseline, double size, boolean bold, int color,
                Anchor anchor) {
            svg.append(indent).append("<text x=\"").append(n(x)).append("\" y=\"").append(n(baseline))
                    .append("\" font-size=\"").append(n(size)).append('"');
            if (bold) {
                svg.append(" font-weight=\"bold\"");
            }
            if (anchor == Anchor.MIDDLE) {
                svg.append(" text-anchor=\"middle\"");
            }
            svg.append(" fill=\"").append(color(color)).append("\">").append(escape(text)).append("</text>\n");
        }

        @Override
        public void icon(String key, double x, double y, double size) {
            // A transformed group rather than a nested <svg>: more viewers and converters place it right.
            svg.append(indent).append("<g class=\"icon\" transform=\"translate(").append(n(x)).append(' ')
                    .append(n(y)).append(") scale(").append(n4(size / 64)).append(")\">")
                    .append(icons.svgBody(key).replaceAll("\\s*\\n\\s*", "")).append("</g>\n");
        }

        @Override
        public void end() {
            svg.append("</svg>\n");
        }

        private void paint(int fill, double fillOpacity, int stroke, double strokeWidth) {
            svg.append(" fill=\"").append(fill < 0 ? "none" : color(fill)).append('"');
            if (fill >= 0 && fillOpacity < 1) {
                svg.append(" fill-opacity=\"").append(n(fillOpacity)).append('"');
            }
            if (stroke >= 0) {
                svg.append(" stroke=\"").append(color(stroke)).append("\" stroke-width=\"").append(n(strokeWidth))
                        .append('"');
            }
        }

        private static String color(int rgb) {
            return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
        }

        /** Numbers with at most two decimals and no exponent: stable text for identical layouts. */
        private static String n(double value) {
            String s = String.format(Locale.ROOT, "%.2f", value);
            s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
            return s.equals("-0") ? "0" : s;
        }

        private static String n4(double value) {
            return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
        }

        private static String escape(String text) {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    default -> {
                        // XML 1.0 forbids most control characters even as references.
                        if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                            out.append(c);
                        }
                    }
                }
            }
            return out.toString();
        }
    }
}
