package org.stackcanvas.ui.yaml;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The highlighter's tokens for one text, kept as three flat arrays instead of token and style span
 * objects: a 20,000-line file has about 150,000 tokens, and the pane asks only for the spans of the
 * lines on screen. Immutable.
 */
final class HighlightedText {

    private final int length;
    private final int[] starts;
    private final int[] ends;
    private final List<String>[] styles;

    @SuppressWarnings("unchecked")
    HighlightedText(List<YamlHighlighter.Token> tokens, int length) {
        Objects.requireNonNull(tokens, "tokens");
        this.length = length;
        int n = tokens.size();
        starts = new int[n];
        ends = new int[n];
        styles = new List[n];
        // One shared list per style class, not one per token.
        java.util.Map<String, List<String>> shared = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            YamlHighlighter.Token t = tokens.get(i);
            starts[i] = t.start();
            ends[i] = t.end();
            styles[i] = shared.computeIfAbsent(t.styleClass(), List::of);
        }
    }

    /** Length of the text the tokens were made for. */
    int length() {
        return length;
    }

    /** Style spans covering exactly {@code [from, to)} of the text. */
    StyleSpans<Collection<String>> spans(int from, int to) {
        if (from < 0 || to < from || to > length) {
            throw new IllegalArgumentException("bad range " + from + ".." + to + " of " + length);
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = from;
        // The first token that ends after from: tokens are in order and do not overlap.
        int i = Arrays.binarySearch(ends, from + 1);
        i = i >= 0 ? i : -i - 1;
        while (i > 0 && ends[i - 1] > from) {
            i--;
        }
        for (; i < starts.length && starts[i] < to; i++) {
            int start = Math.max(starts[i], from);
            int end = Math.min(ends[i], to);
            if (start > at) {
                builder.add(Collections.emptyList(), start - at);
            }
            if (end > start) {
                builder.add(styles[i], end - start);
                at = end;
            }
        }
        builder.add(Collections.emptyList(), to - at);
        return builder.create();
    }
}
