package org.stackcanvas.diagram;

import org.stackcanvas.model.Dependency;

/**
 * The colours and line styles of the stack graph, shared by the canvas and the exported diagrams so
 * both show the same picture. Colours are {@code 0xRRGGBB}; they match the icon backgrounds.
 */
public final class DiagramStyle {

    /** How a wire's line is drawn. */
    public enum LineStyle { SOLID, DASHED, DOTTED }

    public static final int BACKGROUND = 0xF8FAFC;
    public static final int CARD = 0xFFFFFF;
    public static final int CARD_BORDER = 0xCBD5E1;
    public static final int TEXT = 0x0F172A;
    public static final int TEXT_MUTED = 0x64748B;
    public static final int PORT_FILL = 0xEFF6FF;
    public static final int PORT_BORDER = 0xBFDBFE;
    public static final int PORT_TEXT = 0x1D4ED8;
    public static final int PROFILE_FILL = 0xFEF3C7;
    public static final int PROFILE_TEXT = 0x92400E;
    public static final int DEPENDS_ON = 0x334155;

    private DiagramStyle() {
    }

    /** The colour of a kind of node: its border, tint and icon background. */
    public static int accent(NodeKind kind) {
        return switch (kind) {
            case SERVICE -> 0x2563EB;
            case NETWORK -> 0x7C3AED;
            case VOLUME -> 0xD97706;
            case BIND_MOUNT -> 0xA16207;
            case ENV_FILE -> 0x059669;
            case SECRET -> 0xDC2626;
            case CONFIG -> 0x0891B2;
        };
    }

    /** The fill of a resource node: its accent, faded towards white. */
    public static int tint(NodeKind kind) {
        return mix(accent(kind), 0xFFFFFF, 0.9);
    }

    /** What a kind of node is called on its card. */
    public static String kindLabel(NodeKind kind) {
        return switch (kind) {
            case SERVICE -> "service";
            case NETWORK -> "network";
            case VOLUME -> "volume";
            case BIND_MOUNT -> "bind mount";
            case ENV_FILE -> "env file";
            case SECRET -> "secret";
            case CONFIG -> "config";
        };
    }

    public static int wireColor(EdgeKind kind) {
        return switch (kind) {
            case DEPENDS_ON -> DEPENDS_ON;
            case NETWORK -> mix(accent(NodeKind.NETWORK), 0xFFFFFF, 0.35);
            case VOLUME -> mix(accent(NodeKind.VOLUME), 0xFFFFFF, 0.25);
            case BIND_MOUNT -> mix(accent(NodeKind.BIND_MOUNT), 0xFFFFFF, 0.25);
            case ENV_FILE -> mix(accent(NodeKind.ENV_FILE), 0xFFFFFF, 0.25);
            case SECRET -> mix(accent(NodeKind.SECRET), 0xFFFFFF, 0.25);
            case CONFIG -> mix(accent(NodeKind.CONFIG), 0xFFFFFF, 0.25);
        };
    }

    public static double wireWidth(EdgeKind kind) {
        return kind == EdgeKind.DEPENDS_ON ? 2 : 1.5;
    }

    /**
     * A depends_on wire shows its condition: solid waits for healthy, dashed only for started,
     * dotted for completed successfully. Other wires are solid.
     */
    public static LineStyle lineStyle(GraphEdge edge) {
        if (edge.kind() != EdgeKind.DEPENDS_ON) {
            return LineStyle.SOLID;
        }
        return switch (edge.label()) {
            case Dependency.SERVICE_HEALTHY -> LineStyle.SOLID;
            case Dependency.SERVICE_COMPLETED_SUCCESSFULLY -> LineStyle.DOTTED;
            default -> LineStyle.DASHED;
        };
    }

    /** Dash lengths (on, off, ...) for a line style at a line width; empty for solid. */
    public static double[] dashes(LineStyle style, double width) {
        return switch (style) {
            case SOLID -> new double[0];
            case DASHED -> new double[] {6 * width / 2 + 2, 4 * width / 2 + 1};
            case DOTTED -> new double[] {0.1, 2.5 * width};
        };
    }

    /** {@code a} moved {@code towards} by {@code amount} (0..1), channel by channel. */
    public static int mix(int a, int towards, double amount) {
        int r = channel(a >> 16, towards >> 16, amount);
        int g = channel(a >> 8, towards >> 8, amount);
        int b = channel(a, towards, amount);
        return (r << 16) | (g << 8) | b;
    }

    private static int channel(int a, int b, double amount) {
        return (int) Math.round((a & 0xFF) + ((b & 0xFF) - (a & 0xFF)) * amount);
    }
}
