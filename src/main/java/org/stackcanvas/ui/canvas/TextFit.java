package org.stackcanvas.ui.canvas;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Shortens text to a width in a font, the way the exported diagram does: names lose their end
 * ({@code very-long-na…}), image names and paths lose their start, whole segments first
 * ({@code …/shop/frontend:2.0.1}), because their end says more.
 */
final class TextFit {

    private final Text probe = new Text();

    double width(String text, Font font) {
        probe.setFont(font);
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    String end(String text, Font font, double max) {
        if (width(text, font) <= max) {
            return text;
        }
        String cut = text;
        int slash = cut.indexOf('/', 1);
        while (slash > 0 && width("…" + cut.substring(slash), font) > max) {
            cut = cut.substring(slash);
            slash = cut.indexOf('/', 1);
        }
        if (slash > 0) {
            return "…" + cut.substring(slash);
        }
        while (!cut.isEmpty() && width("…" + cut, font) > max) {
            cut = cut.substring(1);
        }
        return cut.isEmpty() ? "" : "…" + cut;
    }

    String start(String text, Font font, double max) {
        if (width(text, font) <= max) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + "…", font) > max) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.isEmpty() ? "" : cut + "…";
    }
}
