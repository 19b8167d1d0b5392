package org.stackcanvas.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentPatcherTest {

    private final DocumentParser parser = new DocumentParser();
    private final DocumentPatcher patcher = new DocumentPatcher(parser);

    private ComposeDocument doc(String text) throws DocumentException {
        return parser.parseText("compose.yaml", text);
    }

    @Test
    void replacesOnlyTheValueKeepingQuotesAndComments() throws Exception {
        ComposeDocument d = doc("services:\n  web:\n    image: 'nginx:1.25'  # pinned\n");
        assertThat(patcher.set(d, List.of("services", "web"), "image", "nginx:1.27").text())
                .isEqualTo("services:\n  web:\n    image: 'nginx:1.27'  # pinned\n");
    }

    @Test
    void plainValueThatWouldChangeTypeIsQuoted() throws Exception {
        ComposeDocument d = doc("services:\n  web:\n    restart: always\n");
        assertThat(patcher.set(d, List.of("services", "web"), "restart", "no").text())
                .isEqualTo("services:\n  web:\n    restart: \"no\"\n");
    }

    @Test
    void addsKeyInTheFilesIndentation() throws Exception {
        ComposeDocument d = doc("services:\n    web:\n        image: x\n    db:\n        image: y\n");
        assertThat(patcher.set(d, List.of("services", "web"), "environment", Map.of("A", "1")).text())
                .isEqualTo("services:\n    web:\n        image: x\n        environment:\n            A: \"1\"\n"
                        + "    db:\n        image: y\n");
    }

    @Test
    void addsListWithTheFilesSequenceStyle() throws Exception {
        ComposeDocument d = doc("services:\n  web:\n    ports:\n    - \"80:80\"\n  db:\n    image: y\n");
        assertThat(patcher.set(d, List.of("services", "db"), "ports", List.of("5432:5432")).text())
                .isEqualTo("services:\n  web:\n    ports:\n    - \"80:80\"\n  db:\n    image: y\n    ports:\n"
                        + "    - \"5432:5432\"\n");
    }

    @Test
    void keepsCrlfAndMissingFinalNewline() throws Exception {
        ComposeDocument d = doc("services:\r\n  web:\r\n    image: x");
        assertThat(patcher.set(d, List.of("services", "web"), "user", "1000").text())
                .isEqualTo("services:\r\n  web:\r\n    image: x\r\n    user: \"1000\"");
    }

    @Test
    void appendsToBlockAndFlowLists() throws Exception {
        ComposeDocument d = doc("a:\n  - x  # first\n  - y\nb: [1, 2]\nc: []\n");
        d = patcher.append(d, List.of("a"), "z");
        d = patcher.append(d, List.of("b"), "3");
        d = patcher.append(d, List.of("c"), "q");
        assertThat(d.text()).isEqualTo("a:\n  - x  # first\n  - y\n  - z\nb: [1, 2, \"3\"]\nc: [q]\n");
    }

    @Test
    void removesEntryLinesOnly() throws Exception {
        ComposeDocument d = doc("s:\n  a:\n    x: 1\n    # about y\n    y:\n      - 1\n      - 2\n    z: 3\n");
        assertThat(patcher.remove(d, List.of("s", "a"), "y").text())
                .isEqualTo("s:\n  a:\n    x: 1\n    # about y\n    z: 3\n");
    }

    @Test
    void removesFromFlowMappingAndList() throws Exception {
        ComposeDocument d = doc("a: {x: 1, y: 2, z: 3}\nb: [1, 2, 3]\n");
        d = patcher.remove(d, List.of("a"), "y");
        d = patcher.removeItem(d, List.of("b"), 2);
        assertThat(d.text()).isEqualTo("a: {x: 1, z: 3}\nb: [1, 2]\n");
    }

    @Test
    void removesListItem() throws Exception {
        ComposeDocument d = doc("a:\n  - x\n  - name: y\n    v: 1\n  - z\n");
        assertThat(patcher.removeItem(d, List.of("a"), 1).text()).isEqualTo("a:\n  - x\n  - z\n");
    }

    @Test
    void replacingAnAliasWritesALocalBlockKeepingTheComment() throws Exception {
        ComposeDocument d = doc("x: &e\n  A: 1\ns:\n  env: *e  # shared\n");
        assertThat(patcher.set(d, List.of("s"), "env", Map.of("B", "2")).text())
                .isEqualTo("x: &e\n  A: 1\ns:\n  env:  # shared\n    B: \"2\"\n");
    }

    @Test
    void emptyValueBecomesAMapping() throws Exception {
        ComposeDocument d = doc("services:\nvolumes:\n");
        assertThat(patcher.set(d, List.of("services"), "web", Map.of("image", "x")).text())
                .isEqualTo("services:\n  web:\n    image: x\nvolumes:\n");
    }

    @Test
    void emptyFileGetsTopLevelKey() throws Exception {
        ComposeDocument d = doc("# new\n");
        assertThat(patcher.set(d, List.of(), "services", Map.of("web", Map.of("image", "x"))).text())
                .isEqualTo("# new\nservices:\n  web:\n    image: x\n");
    }

    @Test
    void renamesKeyInPlace() throws Exception {
        ComposeDocument d = doc("services:\n  web: # front\n    image: x\n");
        assertThat(patcher.renameKey(d, List.of("services"), "web", "front").text())
                .isEqualTo("services:\n  front: # front\n    image: x\n");
    }

    @Test
    void removesFirstKeyOfListItemMapping() throws Exception {
        ComposeDocument d = doc("v:\n  - source: a\n    target: b\n");
        assertThat(patcher.remove(d, List.of("v", 0), "source").text()).isEqualTo("v:\n  - target: b\n");
    }

    @Test
    void stringsInsideFlowCollectionsAreQuotedWhenACommaWouldSplitThem() throws Exception {
        ComposeDocument d = doc("env: {A: x}\ncmd: [sh]\n");
        d = patcher.set(d, List.of("env"), "B", "a, b");
        d = patcher.append(d, List.of("cmd"), "[1]");
        assertThat(d.text()).isEqualTo("env: {A: x, B: \"a, b\"}\ncmd: [sh, \"[1]\"]\n");
        assertThat(d.tree()).isInstanceOf(YMap.class);
        assertThat(((YMap) d.tree()).map("env").orElseThrow().text("B")).contains("a, b");
    }

    @Test
    void replacingABlockValueLeavesNoBlankLine() throws Exception {
        ComposeDocument d = doc("s:\n  nets:  # which\n    - a\n  x: 1\n");
        assertThat(patcher.set(d, List.of("s"), "nets", List.of("b", "c")).text())
                .isEqualTo("s:\n  nets:  # which\n    - b\n    - c\n  x: 1\n");
    }

    @Test
    void newLinesGoBelowDeeperCommentsButAboveShallowerOnes() throws Exception {
        ComposeDocument d = doc("s:\n  a:\n    - 1\n    # - 2\n  # b: 3\n");
        assertThat(patcher.set(d, List.of("s"), "c", "4").text())
                .isEqualTo("s:\n  a:\n    - 1\n    # - 2\n  c: \"4\"\n  # b: 3\n");
        assertThat(patcher.append(d, List.of("s", "a"), "5").text())
                .isEqualTo("s:\n  a:\n    - 1\n    - \"5\"\n    # - 2\n  # b: 3\n");
    }

    @Test
    void blockValueReplacedByASingleValueMovesOntoTheKeyLine() throws Exception {
        ComposeDocument d = doc("s:\n  cmd:  # run it\n    - a\n    - b\n  env: &e\n    A: 1\n  x: 1\n");
        d = patcher.set(d, List.of("s"), "cmd", "echo hi");
        d = patcher.set(d, List.of("s"), "env", "none");
        assertThat(d.text()).isEqualTo("s:\n  cmd: echo hi  # run it\n  env: &e none\n  x: 1\n");
    }

    @Test
    void removingAnAnchorStillInUseIsRefusedPointingAtTheUse() throws Exception {
        ComposeDocument d = doc("a: &shared\n  x: 1\nb: 2\nc: *shared\n");
        assertThatThrownBy(() -> patcher.remove(d, List.of(), "a"))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("would remove the anchor &shared, which is still used here (*shared)")
                .satisfies(e -> assertThat(((DocumentException) e).location().line()).isEqualTo(4));
    }
}
