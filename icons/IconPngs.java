import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns the icons of this folder (*.svg) into 64 px PNGs beside them, with Java2D only.
 * Run from the repository root: {@code java icons/IconPngs.java icons [SIZE]}.
 *
 * <p>It understands the small SVG subset the icons are drawn in: rect (rx), circle, ellipse, line,
 * polyline, polygon, path (M L H V C Q Z, absolute and relative), nested g; the presentation
 * attributes fill, stroke, stroke-width, stroke-linecap, stroke-linejoin, inherited through g.
 * Anything else is an error, so an icon cannot silently render differently here and in a browser.
 */
public class IconPngs {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "icons");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        List<Path> svgs;
        try (Stream<Path> files = Files.list(dir)) {
            svgs = files.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        for (Path svg : svgs) {
            BufferedImage image = render(svg, size);
            String name = svg.getFileName().toString().replace(".svg", ".png");
            ImageIO.write(image, "png", dir.resolve(name).toFile());
        }
        System.out.println(svgs.size() + " icons written at " + size + " px");
    }

    static BufferedImage render(Path svg, int size) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        String[] viewBox = root.getAttribute("viewBox").trim().split("[ ,]+");
        double vw = Double.parseDouble(viewBox[2]);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / vw, size / vw);
        Map<String, String> style = new HashMap<>(Map.of("fill", "#000000", "stroke", "none", "stroke-width", "1",
                "stroke-linecap", "butt", "stroke-linejoin", "miter"));
        children(g, root, style);
        g.dispose();
        return image;
    }

    private static void children(Graphics2D g, Element parent, Map<String, String> inherited) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                Map<String, String> style = new HashMap<>(inherited);
                for (String key : List.of("fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin")) {
                    if (e.hasAttribute(key)) {
                        style.put(key, e.getAttribute(key));
                    }
                }
                if (e.getTagName().equals("g")) {
                    children(g, e, style);
                } else {
                    paint(g, shape(e), style);
                }
            }
        }
    }

    private static void paint(Graphics2D g, Shape shape, Map<String, String> style) {
        if (!style.get("fill").equals("none")) {
            g.setColor(Color.decode(style.get("fill")));
            g.fill(shape);
        }
        if (!style.get("stroke").equals("none")) {
            int cap = switch (style.get("stroke-linecap")) {
                case "round" -> BasicStroke.CAP_ROUND;
                case "square" -> BasicStroke.CAP_SQUARE;
                default -> BasicStroke.CAP_BUTT;
            };
            int join = switch (style.get("stroke-linejoin")) {
                case "round" -> BasicStroke.JOIN_ROUND;
                case "bevel" -> BasicStroke.JOIN_BEVEL;
                default -> BasicStroke.JOIN_MITER;
            };
            g.setColor(Color.decode(style.get("stroke")));
            g.setStroke(new BasicStroke(Float.parseFloat(style.get("stroke-width")), cap, join));
            g.draw(shape);
        }
    }

    private static double num(Element e, String name) {
        return e.hasAttribute(name) ? Double.parseDouble(e.getAttribute(name)) : 0;
    }

    private static Shape shape(Element e) {
        return switch (e.getTagName()) {
            case "rect" -> new RoundRectangle2D.Double(num(e, "x"), num(e, "y"), num(e, "width"), num(e, "height"),
                    2 * num(e, "rx"), 2 * num(e, e.hasAttribute("ry") ? "ry" : "rx"));
            case "circle" -> new Ellipse2D.Double(num(e, "cx") - num(e, "r"), num(e, "cy") - num(e, "r"),
                    2 * num(e, "r"), 2 * num(e, "r"));
            case "ellipse" -> new Ellipse2D.Double(num(e, "cx") - num(e, "rx"), num(e, "cy") - num(e, "ry"),
                    2 * num(e, "rx"), 2 * num(e, "ry"));
            case "line" -> new Line2D.Double(num(e, "x1"), num(e, "y1"), num(e, "x2"), num(e, "y2"));
            case "polyline", "polygon" -> poly(e.getAttribute("points"), e.getTagName().equals("polygon"));
            case "path" -> path(e.getAttribute("d"));
            default -> throw new IllegalArgumentException("unsupported SVG element <" + e.getTagName() + ">");
        };
    }

    private static Shape poly(String points, boolean closed) {
        List<Double> v = numbers(points);
        Path2D.Double p = new Path2D.Double();
        p.moveTo(v.get(0), v.get(1));
        for (int i = 2; i + 1 < v.size(); i += 2) {
            p.lineTo(v.get(i), v.get(i + 1));
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }

    private static List<Double> numbers(String text) {
        List<Double> values = new ArrayList<>();
        Matcher m = Pattern.compile("-?[0-9]*\\.?[0-9]+").matcher(text);
        while (m.find()) {
            values.add(Double.parseDouble(m.group()));
        }
        return values;
    }

    private static Shape path(String d) {
        Path2D.Double p = new Path2D.Double();
        Matcher m = Pattern.compile("([MmLlHhVvCcQqZz])([^MmLlHhVvCcQqZz]*)").matcher(d);
        int consumed = 0;
        double x = 0, y = 0, startX = 0, startY = 0;
        while (m.find()) {
            if (!d.substring(consumed, m.start()).isBlank()) {
                throw new IllegalArgumentException("unsupported path data: " + d);
            }
            consumed = m.end();
            char c = m.group(1).charAt(0);
            boolean rel = Character.isLowerCase(c);
            List<Double> v = numbers(m.group(2));
            double ox = rel ? x : 0, oy = rel ? y : 0;
            switch (Character.toUpperCase(c)) {
                case 'M' -> {
                    for (int i = 0; i + 1 < v.size(); i += 2) {
                        ox = rel ? x : 0;
                        oy = rel ? y : 0;
                        x = ox + v.get(i);
                        y = oy + v.get(i + 1);
                        if (i == 0) {
                            p.moveTo(x, y);
                            startX = x;
                            startY = y;
                        } else {
                            p.lineTo(x, y);
                        }
                    }
                }
                case 'L' -> {
                    for (int i = 0; i + 1 < v.size(); i += 2) {
                        ox = rel ? x : 0;
                        oy = rel ? y : 0;
                        x = ox + v.get(i);
                        y = oy + v.get(i + 1);
                        p.lineTo(x, y);
                    }
                }
                case 'H' -> {
                    for (double h : v) {
                        x = (rel ? x : 0) + h;
                        p.lineTo(x, y);
                    }
                }
                case 'V' -> {
                    for (double h : v) {
                        y = (rel ? y : 0) + h;
                        p.lineTo(x, y);
                    }
                }
                case 'C' -> {
                    for (int i = 0; i + 5 < v.size(); i += 6) {
                        ox = rel ? x : 0;
                        oy = rel ? y : 0;
                        p.curveTo(ox + v.get(i), oy + v.get(i + 1), ox + v.get(i + 2), oy + v.get(i + 3),
                                ox + v.get(i + 4), oy + v.get(i + 5));
                        x = ox + v.get(i + 4);
                        y = oy + v.get(i + 5);
                    }
                }
                case 'Q' -> {
                    for (int i = 0; i + 3 < v.size(); i += 4) {
                        ox = rel ? x : 0;
                        oy = rel ? y : 0;
                        p.quadTo(ox + v.get(i), oy + v.get(i + 1), ox + v.get(i + 2), oy + v.get(i + 3));
                        x = ox + v.get(i + 2);
                        y = oy + v.get(i + 3);
                    }
                }
                case 'Z' -> {
                    p.closePath();
                    x = startX;
                    y = startY;
                }
                default -> throw new IllegalStateException();
            }
        }
        if (!d.substring(consumed).isBlank()) {
            throw new IllegalArgumentException("unsupported path data: " + d);
        }
        return p;
    }

}
