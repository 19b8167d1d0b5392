package org.stackcanvas.ui.logs;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One log line on screen: time, service in its colour, text, with search matches highlighted
 * behind the text. Wraps at {@link #setWrapWidth(double)} when given one, else stays one line.
 */
final class LogLineView extends Region {

    // Fonts are set here, not in CSS, so the row height for unwrapped lines can be known ahead
    // (see rowHeight()); a fixed row height spares the list measuring rows as it scrolls.
    private static final double FONT_SIZE = 12.5;
    private static final Font FONT = Font.font("monospace", FONT_SIZE);
    private static final Font BOLD = Font.font("monospace", FontWeight.BOLD, FONT_SIZE);

    private final Text time = new Text();
    private final Text source = new Text();
    private final Text text = new Text();
    private final TextFlow flow = new TextFlow(time, source, text);
    private final Path matches = new Path();
    private final Path current = new Path();
    private final List<int[]> matchRanges = new ArrayList<>();
    private int[] currentRange;
    private int textOffset;
    private double wrapWidth = -1;

    LogLineView() {
        getStyleClass().add("log-line");
        time.getStyleClass().add("log-time");
        source.getStyleClass().add("log-source");
        text.getStyleClass().add("log-text");
        matches.getStyleClass().add("log-match");
        current.getStyleClass().add("log-match-current");
        matches.setManaged(false);
        current.setManaged(false);
        time.setFont(FONT);
        source.setFont(BOLD);
        text.setFont(FONT);
        getChildren().addAll(matches, current, flow);
    }

    /** The height of a line that does not wrap. */
    static double rowHeight() {
        Text regular = new Text("0");
        regular.setFont(FONT);
        Text bold = new Text("0");
        bold.setFont(BOLD);
        return Math.ceil(new TextFlow(regular, bold).prefHeight(-1));
    }

    /**
     * Shows a line. {@code sourceWidth} pads the source so the texts of all lines start in one
     * column; {@code ranges} are search matches in the text, {@code currentMatch} the current one.
     */
    void show(String timeText, String sourceText, int sourceWidth, String serviceClass, String lineText,
            List<int[]> ranges, int[] currentMatch) {
        time.setText(timeText + "  ");
        String padded = sourceText.length() >= sourceWidth ? sourceText
                : sourceText + " ".repeat(sourceWidth - sourceText.length());
        source.setText(padded + "  ");
        source.getStyleClass().setAll("log-source", serviceClass);
        text.setText(lineText);
        textOffset = time.getText().length() + source.getText().length();
        matchRanges.clear();
        matchRanges.addAll(ranges);
        currentRange = currentMatch;
        requestLayout();
    }

    /** The width to wrap at, or a negative number to keep each line on one line. */
    void setWrapWidth(double width) {
        if (width != wrapWidth) {
            wrapWidth = width;
            requestLayout();
        }
    }

    String shownText() {
        return text.getText();
    }

    @Override
    protected double computePrefWidth(double height) {
        return wrapWidth > 0 ? wrapWidth : flow.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return flow.prefHeight(wrapWidth > 0 ? wrapWidth : -1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        // Wrapped at the width the height was computed for, so no line is cut off below.
        flow.resizeRelocate(0, 0, wrapWidth > 0 ? wrapWidth : getWidth(), getHeight());
        flow.layout();
        List<PathElement> all = new ArrayList<>();
        for (int[] range : matchRanges) {
            all.addAll(List.of(flow.rangeShape(textOffset + range[0], textOffset + range[1])));
        }
        matches.getElements().setAll(all);
        current.getElements().setAll(currentRange == null ? List.of()
                : List.of(flow.rangeShape(textOffset + currentRange[0], textOffset + currentRange[1])));
    }
}
