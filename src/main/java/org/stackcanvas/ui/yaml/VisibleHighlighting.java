package org.stackcanvas.ui.yaml;

import java.util.BitSet;
import java.util.Objects;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;

/**
 * Puts the highlighter's colours on the lines that are on screen (and a screenful either side),
 * and on further lines only as they scroll into view. Every styled line costs RichTextFX a set of
 * style span objects; styling all 20,000 lines of a 1000-service file up front kept about 150,000
 * of them alive for lines nobody looked at. Tokens for a text that has changed since are never
 * applied: the next highlight is on its way.
 */
final class VisibleHighlighting {

    /** Lines styled beyond each edge of the viewport, so a short scroll shows colours at once. */
    static final int MARGIN = 80;

    private final CodeArea area;
    /** Paragraphs styled from {@link #tokens}. */
    private final BitSet styled = new BitSet();
    private HighlightedText tokens;
    private boolean scheduled;

    VisibleHighlighting(CodeArea area) {
        this.area = Objects.requireNonNull(area, "area");
        area.plainTextChanges().subscribe(change -> tokens = null);
        area.estimatedScrollYProperty().addListener((o, a, b) -> schedule());
        area.heightProperty().addListener((o, a, b) -> schedule());
    }

    /** New tokens for the area's current text: restyle what is on screen. */
    void show(HighlightedText highlighted) {
        Objects.requireNonNull(highlighted, "highlighted");
        if (highlighted.length() != area.getLength()) {
            return;
        }
        tokens = highlighted;
        styled.clear();
        styleVisible();
    }

    private void schedule() {
        if (!scheduled && tokens != null) {
            scheduled = true;
            // After the scroll's layout, when the visible paragraphs are known.
            Platform.runLater(() -> {
                scheduled = false;
                styleVisible();
            });
        }
    }

    private void styleVisible() {
        if (tokens == null || tokens.length() != area.getLength()) {
            return;
        }
        int count = area.getParagraphs().size();
        int first = 0;
        int last = 0;
        try {
            if (!area.getVisibleParagraphs().isEmpty()) {
                first = area.firstVisibleParToAllParIndex();
                last = area.lastVisibleParToAllParIndex();
            }
        } catch (RuntimeException notLaidOut) {
            first = 0;
            last = 0;
        }
        int from = Math.max(0, first - MARGIN);
        int to = Math.min(count - 1, last + MARGIN);
        for (int p = from; p <= to; p++) {
            if (styled.get(p)) {
                continue;
            }
            styled.set(p);
            int length = area.getParagraphLength(p);
            if (length > 0) {
                int start = area.getAbsolutePosition(p, 0);
                area.setStyleSpans(p, 0, tokens.spans(start, start + length));
            }
        }
    }
}
