package org.stackcanvas.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tabs between tokens: Compose (go-yaml) skips them except where a line's indentation or an
 * indicator's space is expected; SnakeYAML refuses them all. We accept what Compose accepts, read
 * it exactly as if the tab were a space, and keep the tab in the saved bytes.
 */
class TabSeparationTest {

    private final DocumentParser parser = new DocumentParser();

    /** Each text is written with '→' for a tab. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "image:→nginx",
        "image:→→nginx",
        "image: →nginx",
        "labels:→# no value on this line\n  a: b",
        "image: 'nginx'→# note",
        "image: \"nginx\"→# note",
        "ports: [\"80:80\"]→# note",
        "environment: {A: b}→# note",
        "x-a: &anchor→value",
        "x-a: &anchor value\nx-b: *anchor→# note",
        "ports: !reset→[]",
        "command: |→# note\n  echo hi",
        "command: >-→\n  echo hi",
        "services:\n  web:\n    image:→nginx\n    ports:\n      - \"80:80\"→# note",
        "- key:→value",
        "\"quoted key\":→value",
        "---→# document start",
    })
    void composeAcceptedTabsReadAsSpaces(String written) throws DocumentException {
        String withTab = written.replace('→', '\t') + "\n";
        String withSpace = written.replace('→', ' ') + "\n";
        ComposeDocument tabbed = parser.parse("compose.yaml", null, withTab.getBytes(StandardCharsets.UTF_8));
        ComposeDocument spaced = parser.parse("compose.yaml", null, withSpace.getBytes(StandardCharsets.UTF_8));
        // Same length, so even every location must be equal.
        assertThat(tabbed.tree()).isEqualTo(spaced.tree());
        assertThat(tabbed.toBytes()).isEqualTo(withTab.getBytes(StandardCharsets.UTF_8));
    }

    /** Compose refuses these too: the tab is indentation, or the space after "- " or "? ". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "services:\\n→web: {}                 | 2 | 1",
        "services:\\n  web:\\n  →image: x      | 3 | 3",
        "ports:\\n  -→\"80:80\"               | 2 | 4",
        "ports:\\n  - →\"80:80\"              | 2 | 5",
        "? →key\\n: value                    | 1 | 3",
        "? key\\n:→value                     | 2 | 2",
        "a: 1\\n→# comment at line start     | 2 | 1",
    })
    void tabsComposeRefusesStayErrors(String written, int line, int column) {
        String text = written.strip().replace('→', '\t').replace("\\n", "\n") + "\n";
        assertThatThrownBy(() -> parser.parse("compose.yaml", null, text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.location().line()).isEqualTo(line);
                    assertThat(e.location().column()).isEqualTo(column);
                    assertThat(e.getMessage()).contains("a tab here");
                });
    }

    /**
     * Once one separating tab is found, all likely ones are replaced together; those that turn out
     * to be inside values must be put back. The file with its first tab written as a space (which
     * SnakeYAML reads as it is) must give the very same tree.
     */
    @Test
    void tabsInsideValuesStayTabs() throws DocumentException {
        String values = "a: b\tc\n"
                + "d: \"e\tf\"\n"
                + "g: |\n  h\ti\n"
                + "k: 'l\tm'\t# note\n"
                + "n: \"first\n  sec\tond\"\n"
                + "o: word\n  more\tstuff\n"
                + "p: [q\tr, \"s\tt\"]\n"
                + "u:\n  - v\tw\n"
                + "x: &anchor y\tz\n"
                + "\"quoted\tkey\": 1\n";
        YMap tabbed = (YMap) parser.parseText("compose.yaml", "first:\tvalue\n" + values).tree();
        YMap spaced = (YMap) parser.parseText("compose.yaml", "first: value\n" + values).tree();
        assertThat(tabbed).isEqualTo(spaced);
        assertThat(tabbed.text("a")).contains("b\tc");
        assertThat(tabbed.text("d")).contains("e\tf");
        assertThat(tabbed.text("g")).contains("h\ti\n");
        assertThat(tabbed.text("k")).contains("l\tm");
        assertThat(tabbed.text("n")).contains("first sec\tond");
        assertThat(tabbed.text("o")).contains("word more\tstuff");
        assertThat(tabbed.text("x")).contains("y\tz");
        assertThat(tabbed.keys()).contains("quoted\tkey");
    }

    @Test
    void realErrorAfterAcceptedTabsIsReportedWhereItIs() {
        assertThatThrownBy(() -> parser.parseText("compose.yaml", "image:\tnginx\nports: [\"80:80\"\n"))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.describe()).startsWith("compose.yaml:2:8: invalid YAML:").contains("never closed");
                });
        assertThatThrownBy(() -> parser.parseText("compose.yaml", "a:\tb\nc:\n\td: e\n"))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.describe()).startsWith("compose.yaml:3:1: invalid YAML: a tab here");
                });
    }

    @Test
    void fileWithATabAfterEveryKeyLoadsQuickly() {
        StringBuilder text = new StringBuilder("services:\n");
        for (int i = 0; i < 1_000; i++) {
            text.append("  svc").append(i).append(":\n    image:\tbusybox\t# pinned\n    restart:\talways\n");
        }
        YMap tree = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> (YMap) parser.parseText("compose.yaml", text.toString()).tree());
        YMap last = tree.map("services").orElseThrow().map("svc999").orElseThrow();
        assertThat(last.text("image")).contains("busybox");
        assertThat(last.text("restart")).contains("always");
    }
}
