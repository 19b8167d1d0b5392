package org.stackcanvas.diagram.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;

/**
 * Measures text with the fonts Java2D has (no display needed), so both renderers cut long names at
 * the same place.
 */
final class TextMetrics {

    static final String FAMILY = "SansSerif";
    /** What SVG viewers should use: the same faces Java's SansSerif maps to on most systems. */
    static final String SVG_FAMILY = "DejaVu Sans, Verdana, Helvetica, Arial, sans-serif";

    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

    private TextMetrics() {
    }

    static Font font(double size, boolean bold) {
        return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    static double width(String text, double size, boolean bold) {
        return font(size, bold).getStringBounds(text, CONTEXT).getWidth();
    }

    /**
     * The text, shortened at the start so it fits {@code max} wide: for image names and paths, whose
     * end ({@code shop/backend:1.4}, {@code nginx.conf}) says more than their start.
     */
    static String fitEnd(String text, double size, boolean bold, double max) {
        if (width(text, size, bold) <= max) {
            return text;
        }
        // Whole leading path segments first ("…/shop/backend:1.4"), then characters.
        String cut = text;
        int slash = cut.indexOf('/', 1);
        while (slash > 0 && width("…" + cut.substring(slash), size, bold) > max) {
            cut = cut.substring(slash);
            slash = cut.indexOf('/', 1);
        }
        if (slash > 0) {
            return "…" + cut.substring(slash);
        }
        while (!cut.isEmpty() && width("…" + cut, size, bold) > max) {
            cut = cut.substring(1);
        }
        return cut.isEmpty() ? "" : "…" + cut;
    }

    /** The text, shortened with an ellipsis so it fits {@code max} wide. */
    static String fit(String text, double size, boolean bold, double max) {
        if (width(text, size, bold) <= max) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + "…", size, bold) > max) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.isEmpty() ? "" : cut + "…";
    }
}
