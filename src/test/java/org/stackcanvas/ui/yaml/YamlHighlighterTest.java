package org.stackcanvas.ui.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlHighlighterTest {

    private final YamlHighlighter highlighter = new YamlHighlighter();

    /** Each token's text with its class, in order. */
    private List<String> tokens(String text) {
        return highlighter.tokenize(text).stream()
                .map(t -> text.substring(t.start(), t.end()) + "=" + t.styleClass().substring(5))
                .toList();
    }

    @Test
    void keysValuesAndComments() {
        assertThat(tokens("services:  # the stack\n  web:\n    image: nginx:1.25\n"))
                .containsExactly("services=key", ":=punctuation", "# the stack=comment",
                        "web=key", ":=punctuation", "image=key", ":=punctuation", "nginx:1.25=string");
    }

    @Test
    void numbersBooleansAndNull() {
        assertThat(tokens("a: 3\nb: 1.5\nc: true\nd: off\ne: null\nf: 0x1F\n"))
                .contains("3=number", "1.5=number", "true=literal", "off=literal", "null=literal", "0x1F=number");
    }

    @Test
    void quotedStringsAndQuotedKeys() {
        assertThat(tokens("\"my key\": 'it''s'\nb: \"x # not a comment\" # comment\n"))
                .containsExactly("\"my key\"=key", ":=punctuation", "'it''s'=string",
                        "b=key", ":=punctuation", "\"x # not a comment\"=string", "# comment=comment");
    }

    @Test
    void anchorsAliasesTagsAndMergeKeys() {
        assertThat(tokens("x-base: &base\n  restart: always\nweb:\n  <<: *base\n  command: !reset []\n"))
                .contains("&base=anchor", "*base=alias", "!reset=tag", "<<=key");
    }

    @Test
    void interpolationsInsidePlainQuotedAndBlockStrings() {
        String text = "image: \"app:${TAG:-latest}\"\nenv: $HOME/x\ncost: $$5\nrun: |\n  echo ${NAME}\n  done\nnext: 1\n";
        assertThat(tokens(text))
                .contains("\"app:=string", "${TAG:-latest}=interpolation", "\"=string", "$HOME=interpolation",
                        "/x=string", "$$5=string", "|=punctuation", "echo =string", "${NAME}=interpolation",
                        "done=string", "next=key", "1=number");
    }

    @Test
    void blockScalarEndsAtTheParentIndentation() {
        Map<String, String> byText = new LinkedHashMap<>();
        String text = "a:\n  cmd: >-\n    key: not a key\n\n    more\n  b: 2\n";
        highlighter.tokenize(text).forEach(t -> byText.put(text.substring(t.start(), t.end()), t.styleClass()));
        assertThat(byText).containsEntry("key: not a key", YamlHighlighter.STRING)
                .containsEntry("more", YamlHighlighter.STRING)
                .containsEntry("b", YamlHighlighter.KEY)
                .containsEntry("2", YamlHighlighter.NUMBER);
    }

    @Test
    void sequencesFlowCollectionsAndDocumentMarkers() {
        assertThat(tokens("---\nports:\n  - \"80:80\"\n  - 443\nnets: [front, back]\nmap: {a: 1}\n"))
                .containsExactly("---=document", "ports=key", ":=punctuation", "-=punctuation", "\"80:80\"=string",
                        "-=punctuation", "443=number", "nets=key", ":=punctuation", "[=punctuation",
                        "front=string", ",=punctuation", "back=string", "]=punctuation", "map=key",
                        ":=punctuation", "{=punctuation", "a=key", ":=punctuation", "1=number", "}=punctuation");
    }

    @Test
    void spansCoverTheWholeTextEvenWhenHalfTyped() {
        String text = "services:\n  web:\n    image: \"unterminated\n  db: {a: [1,\n";
        assertThat(highlighter.styleSpans(text).length()).isEqualTo(text.length());
        assertThat(tokens(text)).contains("\"unterminated=string");
    }

    @Test
    void aLargeFileIsFast() {
        StringBuilder sb = new StringBuilder("services:\n");
        for (int i = 0; i < 1000; i++) {
            sb.append("  svc").append(i).append(":\n    image: \"repo/app:${TAG}\"\n    ports: [\"80:80\"]\n")
                    .append("    environment:\n      A: 1 # comment\n");
        }
        String text = sb.toString();
        highlighter.tokenize(text);
        long start = System.nanoTime();
        List<YamlHighlighter.Token> tokens = highlighter.tokenize(text);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(tokens).hasSizeGreaterThan(10_000);
        assertThat(millis).isLessThan(500);
    }
}
