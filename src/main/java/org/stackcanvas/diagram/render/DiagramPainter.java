package org.stackcanvas.diagram.render;

import java.util.ArrayList;
import java.util.List;
import org.stackcanvas.diagram.DiagramStyle;
import org.stackcanvas.diagram.DiagramStyle.LineStyle;
import org.stackcanvas.diagram.EdgeKind;
import org.stackcanvas.diagram.GraphEdge;
import org.stackcanvas.diagram.GraphLayout;
import org.stackcanvas.diagram.GraphLayouter;
import org.stackcanvas.diagram.GraphNode;
import org.stackcanvas.diagram.NodeBox;
import org.stackcanvas.diagram.NodeKind;
import org.stackcanvas.diagram.Position;
import org.stackcanvas.diagram.Route;
import org.stackcanvas.diagram.render.Surface.Anchor;

/**
 * Draws a laid-out stack graph on a {@link Surface}: wires first, then the node cards over them,
 * then a legend of the depends_on line styles. One painter for every output format, so an SVG and a
 * PNG of the same layout show the same picture.
 */
final class DiagramPainter {

    static final double MARGIN = 24;
    private static final double LEGEND_HEIGHT = 28;
    private static final double ARROW = 9;

    private final StackGraphView view;

    DiagramPainter(StackGraphView view) {
        this.view = view;
    }

    /** The size of the picture, in diagram units. */
    double width() {
        double[] e = view.layout().extent();
        return Math.max(e[2] - e[0] + 2 * MARGIN, legendWidth() + 2 * MARGIN);
    }

    double height() {
        double[] e = view.layout().extent();
        return e[3] - e[1] + 2 * MARGIN + (hasDependencies() ? LEGEND_HEIGHT : 0);
    }

    void paint(Surface surface) {
        double[] e = view.layout().extent();
        double dx = MARGIN - e[0];
        double dy = MARGIN - e[1];
        surface.begin(width(), height(), DiagramStyle.BACKGROUND);
        List<GraphEdge> wires = view.graph().edges().stream()
                .filter(w -> view.layout().box(w.from()) != null && view.layout().box(w.to()) != null).toList();
        // Dependencies on top of the other wires: they carry the most meaning.
        for (GraphEdge wire : wires) {
            if (wire.kind() != EdgeKind.DEPENDS_ON) {
                wire(surface, wire, dx, dy);
            }
        }
        for (GraphEdge wire : wires) {
            if (wire.kind() == EdgeKind.DEPENDS_ON) {
                wire(surface, wire, dx, dy);
            }
        }
        for (GraphNode node : view.graph().nodes()) {
            NodeBox box = view.layout().box(node.id());
            if (box != null) {
                NodeBox at = box.moveTo(box.x() + dx, box.y() + dy);
                surface.beginGroup(node.id(), "node " + node.kind().name().toLowerCase(), node.name());
                if (node.kind() == NodeKind.SERVICE) {
                    service(surface, node, at);
                } else {
                    resource(surface, node, at);
                }
                surface.endGroup();
            }
        }
        for (GraphEdge wire : wires) {
            if (GraphLayouter.labelled(wire) && !wire.label().isEmpty()) {
                label(surface, wire, dx, dy);
            }
        }
        if (hasDependencies()) {
            legend(surface, MARGIN, height() - MARGIN / 2 - LEGEND_HEIGHT / 2);
        }
        surface.end();
    }

    private boolean hasDependencies() {
        return view.graph().edges().stream().anyMatch(e -> e.kind() == EdgeKind.DEPENDS_ON);
    }

    private void wire(Surface surface, GraphEdge wire, double dx, double dy) {
        Route route = view.layout().routeOf(wire);
        List<Position> points = new ArrayList<>();
        for (Position p : route.points()) {
            points.add(new Position(p.x() + dx, p.y() + dy));
        }
        int color = DiagramStyle.wireColor(wire.kind());
        double width = DiagramStyle.wireWidth(wire.kind());
        surface.beginGroup(wire.id(), "wire " + wire.kind().name().toLowerCase(),
                wire.from() + " → " + wire.to() + (wire.label().isEmpty() ? "" : " (" + wire.label() + ")"));
        if (wire.kind() == EdgeKind.DEPENDS_ON) {
            // Stop the line at the arrow's base so dashes do not poke through the arrowhead.
            Position tip = points.get(points.size() - 1);
            Position before = points.get(points.size() - 2);
            double length = Math.hypot(tip.x() - before.x(), tip.y() - before.y());
            if (length > 0) {
                double ux = (tip.x() - before.x()) / length;
                double uy = (tip.y() - before.y()) / length;
                List<Position> line = new ArrayList<>(points);
                line.set(line.size() - 1, new Position(tip.x() - ux * ARROW * 0.8, tip.y() - uy * ARROW * 0.8));
                surface.polyline(line, color, width, DiagramStyle.lineStyle(wire));
                surface.polygon(List.of(tip,
                        new Position(tip.x() - ux * ARROW - uy * ARROW / 2, tip.y() - uy * ARROW + ux * ARROW / 2),
                        new Position(tip.x() - ux * ARROW + uy * ARROW / 2, tip.y() - uy * ARROW - ux * ARROW / 2)),
                        color);
            } else {
                surface.polyline(points, color, width, DiagramStyle.lineStyle(wire));
            }
        } else {
            surface.polyline(points, color, width, LineStyle.SOLID);
            Position end = points.get(points.size() - 1);
            surface.circle(end.x(), end.y(), 3, color, -1, 0);
        }
        surface.endGroup();
    }

    private void label(Surface surface, GraphEdge wire, double dx, double dy) {
        Route route = view.layout().routeOf(wire);
        if (route.label().isEmpty()) {
            return;
        }
        Position at = route.label().get();
        double size = 10;
        String text = TextMetrics.fit(wire.label(), size, false, 200);
        double w = TextMetrics.width(text, size, false) + 8;
        double h = GraphLayouter.LABEL_HEIGHT;
        double x = at.x() + dx;
        double y = at.y() + dy;
        surface.rect(x - w / 2, y - h / 2, w, h, h / 2, 0xFFFFFF, 0.92, DiagramStyle.wireColor(wire.kind()), 0.75);
        surface.text(text, x, y + 3.5, size, false, DiagramStyle.TEXT_MUTED, Anchor.MIDDLE);
    }

    private void service(Surface surface, GraphNode node, NodeBox b) {
        surface.rect(b.x() + 1, b.y() + 2, b.width(), b.height(), 10, DiagramStyle.TEXT, 0.08, -1, 0);
        surface.rect(b.x(), b.y(), b.width(), b.height(), 10, DiagramStyle.CARD, 1,
                DiagramStyle.CARD_BORDER, 1);
        surface.rect(b.x(), b.y() + 10, 3, b.height() - 20, 1.5, DiagramStyle.accent(NodeKind.SERVICE), 1, -1, 0);
        double iconSize = 32;
        surface.icon(node.icon(), b.x() + 12, b.y() + 12, iconSize);
        double textX = b.x() + 12 + iconSize + 10;
        double right = b.x() + b.width() - 10;
        double nameRight = right;
        if (!node.profiles().isEmpty()) {
            double size = 9;
            String tag = TextMetrics.fit(String.join(", ", node.profiles()), size, true, 70);
            double w = TextMetrics.width(tag, size, true) + 10;
            surface.rect(right - w, b.y() + 8, w, 15, 7.5, DiagramStyle.PROFILE_FILL, 1, -1, 0);
            surface.text(tag, right - w / 2, b.y() + 19, size, true, DiagramStyle.PROFILE_TEXT, Anchor.MIDDLE);
            nameRight = right - w - 6;
        }
        surface.text(TextMetrics.fit(node.name(), 13, true, nameRight - textX), textX, b.y() + 26, 13, true,
                DiagramStyle.TEXT, Anchor.START);
        surface.text(TextMetrics.fitEnd(node.subtitle().isEmpty() ? "no image" : node.subtitle(), 11, false,
                right - textX), textX, b.y() + 43, 11, false, DiagramStyle.TEXT_MUTED, Anchor.START);
        double x = textX;
        double size = 10;
        List<String> badges = node.badges();
        for (int i = 0; i < badges.size(); i++) {
            String badge = badges.get(i);
            double w = TextMetrics.width(badge, size, false) + 10;
            String more = "+" + (badges.size() - i);
            double moreWidth = TextMetrics.width(more, size, false) + 10;
            boolean last = i == badges.size() - 1;
            if (x + w > right || (!last && x + w + 4 + moreWidth > right)) {
                if (x + moreWidth <= right) {
                    badge(surface, more, x, b.y() + 52, moreWidth);
                }
                break;
            }
            badge(surface, badge, x, b.y() + 52, w);
            x += w + 4;
        }
    }

    private static void badge(Surface surface, String text, double x, double y, double w) {
        surface.rect(x, y, w, 16, 4, DiagramStyle.PORT_FILL, 1, DiagramStyle.PORT_BORDER, 1);
        surface.text(text, x + w / 2, y + 11.5, 10, false, DiagramStyle.PORT_TEXT, Anchor.MIDDLE);
    }

    private void resource(Surface surface, GraphNode node, NodeBox b) {
        int accent = DiagramStyle.accent(node.kind());
        surface.rect(b.x(), b.y(), b.width(), b.height(), 8, DiagramStyle.tint(node.kind()), 1, accent, 1.25);
        double iconSize = 24;
        surface.icon(node.icon(), b.x() + 10, b.y() + (b.height() - iconSize) / 2, iconSize);
        double textX = b.x() + 10 + iconSize + 8;
        double right = b.x() + b.width() - 8;
        boolean path = node.kind() == NodeKind.BIND_MOUNT || node.kind() == NodeKind.ENV_FILE;
        String name = path ? TextMetrics.fitEnd(node.name(), 12, true, right - textX)
                : TextMetrics.fit(node.name(), 12, true, right - textX);
        surface.text(name, textX, b.y() + 20, 12, true,
                DiagramStyle.TEXT, Anchor.START);
        surface.text(DiagramStyle.kindLabel(node.kind()), textX, b.y() + 34, 10, false, DiagramStyle.TEXT_MUTED,
                Anchor.START);
    }

    private static final String[][] LEGEND = {
        {"healthy", "service_healthy"}, {"started", "service_started"},
        {"completed", "service_completed_successfully"}};

    private double legendWidth() {
        return hasDependencies() ? 420 : 0;
    }

    private void legend(Surface surface, double x, double y) {
        surface.beginGroup("legend", "legend", "depends_on conditions");
        surface.text("depends_on:", x, y + 4, 11, true, DiagramStyle.TEXT_MUTED, Anchor.START);
        double at = x + TextMetrics.width("depends_on:", 11, true) + 12;
        for (String[] entry : LEGEND) {
            GraphEdge sample = new GraphEdge("legend", EdgeKind.DEPENDS_ON, "a", "b", entry[1]);
            surface.polyline(List.of(new Position(at, y), new Position(at + 36, y)), DiagramStyle.DEPENDS_ON, 2,
                    DiagramStyle.lineStyle(sample));
            surface.text(entry[0], at + 42, y + 4, 11, false, DiagramStyle.TEXT_MUTED, Anchor.START);
            at += 42 + TextMetrics.width(entry[0], 11, false) + 18;
        }
        surface.endGroup();
    }
}
