package org.stackcanvas.ui.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class HighlightedTextTest {

    private static final String TEXT = "services:\n  web:\n    image: \"nginx:${TAG:-1}\"  # pinned\n    ports: [80, 443]\n";

    private final YamlHighlighter highlighter = new YamlHighlighter();
    private final HighlightedText highlighted = new HighlightedText(highlighter.tokenize(TEXT), TEXT.length());

    /** The style of each character of a range, as the editor would show it. */
    private static List<Collection<String>> perChar(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> styles = new ArrayList<>();
        spans.forEach(span -> {
            for (int i = 0; i < span.getLength(); i++) {
                styles.add(span.getStyle());
            }
        });
        return styles;
    }

    @Test
    void eachLineGetsTheColoursOfTheWholeTextHighlightedAtOnce() {
        List<Collection<String>> whole = perChar(highlighter.styleSpans(TEXT));
        int start = 0;
        for (String line : TEXT.split("\n")) {
            int end = start + line.length();
            assertThat(perChar(highlighted.spans(start, end))).as(line).isEqualTo(whole.subList(start, end));
            start = end + 1;
        }
    }

    @Test
    void aRangeThatCutsThroughTokens() {
        int from = TEXT.indexOf("nginx") + 2;
        int to = TEXT.indexOf("pinned") + 3;
        StyleSpans<Collection<String>> spans = highlighted.spans(from, to);
        assertThat(spans.length()).isEqualTo(to - from);
        assertThat(perChar(spans)).isEqualTo(perChar(highlighter.styleSpans(TEXT)).subList(from, to));
        assertThat(perChar(spans).get(0)).containsExactly(YamlHighlighter.STRING);
        assertThat(perChar(spans).get(to - from - 1)).containsExactly(YamlHighlighter.COMMENT);
    }

    @Test
    void refusesARangeOutsideTheText() {
        assertThatThrownBy(() -> highlighted.spans(0, TEXT.length() + 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
