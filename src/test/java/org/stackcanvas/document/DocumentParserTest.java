package org.stackcanvas.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentParserTest {

    private final DocumentParser parser = new DocumentParser();

    private ComposeDocument parse(String text) throws DocumentException {
        return parser.parse("compose.yaml", null, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void mergeKeysApplyWithLocalKeysWinning() throws Exception {
        ComposeDocument doc = parse("""
                x-base: &base
                  image: busybox
                  restart: always
                services:
                  web:
                    <<: *base
                    restart: "no"
                """);
        YMap web = ((YMap) doc.tree()).map("services").orElseThrow().map("web").orElseThrow();
        assertThat(web.text("image")).contains("busybox");
        assertThat(web.text("restart")).contains("no");
        assertThat(web.keyLocation("restart").line()).isEqualTo(7);
        assertThat(web.get("image").location().line()).isEqualTo(2);
    }

    @Test
    void mergeListGivesPrecedenceToEarlierMappings() throws Exception {
        ComposeDocument doc = parse("""
                a: &a {x: 1, y: 1}
                b: &b {x: 2, z: 2}
                c:
                  <<: [*a, *b]
                """);
        YMap c = ((YMap) doc.tree()).map("c").orElseThrow();
        assertThat(c.text("x")).contains("1");
        assertThat(c.text("z")).contains("2");
    }

    @Test
    void scalarsFollowYaml12() throws Exception {
        YMap m = (YMap) parse("a: yes\nb: 22:22\nc: 0755\nd: true\ne: ~\nf: '1'\n").tree();
        assertThat(((YScalar) m.get("a")).kind()).isEqualTo(YScalar.Kind.STRING);
        assertThat(((YScalar) m.get("b")).kind()).isEqualTo(YScalar.Kind.STRING);
        assertThat(((YScalar) m.get("c")).text()).isEqualTo("0755");
        assertThat(((YScalar) m.get("d")).kind()).isEqualTo(YScalar.Kind.BOOL);
        assertThat(m.get("e").isNull()).isTrue();
        assertThat(((YScalar) m.get("f")).kind()).isEqualTo(YScalar.Kind.STRING);
    }

    @Test
    void composeTagsAreKept() throws Exception {
        YMap m = (YMap) parse("ports: !reset []\nenv: !override {A: b}\n").tree();
        assertThat(m.get("ports").tag()).isEqualTo(YTag.RESET);
        assertThat(m.get("env").tag()).isEqualTo(YTag.OVERRIDE);
    }

    @Test
    void duplicateKeysAreErrorsAtTheSecondKey() {
        assertThatThrownBy(() -> parse("services:\n  a:\n    image: x\n    image: y\n"))
                .isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).describe())
                        .isEqualTo("compose.yaml:4:5: duplicate key 'image' (first at line 3); "
                                + "Compose refuses duplicate keys: remove or rename one"));
    }

    @Test
    void arbitraryTypesAreRefused() {
        assertThatThrownBy(() -> parse("a: !!javax.script.ScriptEngineManager [x]\n"))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("unsupported tag");
    }

    @Test
    void recursiveAliasIsAnError() {
        assertThatThrownBy(() -> parse("a: &a\n  - *a\n"))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("recursive alias");
    }

    @Test
    void emptyFileIsAnEmptyMapping() throws Exception {
        ComposeDocument doc = parse("# nothing here\n");
        assertThat(doc.tree()).isInstanceOf(YMap.class);
        assertThat(doc.root()).isEmpty();
    }

    @Test
    void textIsKeptExactly() throws Exception {
        byte[] bytes = "\uFEFFservices:\r\n  a:  # tab\there\r\n    image: \"x\"".getBytes(StandardCharsets.UTF_8);
        ComposeDocument doc = parser.parse("c.yaml", null, bytes);
        assertThat(doc.toBytes()).isEqualTo(bytes);
        assertThat(doc.source().lineEnding()).isEqualTo("\r\n");
    }
}
