package org.stackcanvas.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mapping's entries: lookups in small and large mappings, and changes that copy only what they change. */
class YMapEntriesTest {

    private final DocumentParser parser = new DocumentParser();

    private YMap parse(String text) throws DocumentException {
        return (YMap) parser.parseText("compose.yaml", text).tree();
    }

    @Test
    void aLargeMappingFindsEveryKeyAndKeepsTheWrittenOrder() throws DocumentException {
        StringBuilder text = new StringBuilder("services:\n");
        for (int i = 0; i < 2000; i++) {
            text.append("  svc-").append(i).append(":\n    image: img-").append(i).append('\n');
        }
        YMap services = parse(text.toString()).map("services").orElseThrow();

        assertThat(services.size()).isEqualTo(2000);
        for (int i = 0; i < 2000; i++) {
            assertThat(((YMap) services.get("svc-" + i)).text("image")).contains("img-" + i);
        }
        assertThat(services.get("svc-2000")).isNull();
        assertThat(services.has("svc-")).isFalse();
        assertThat(services.keys()).startsWith("svc-0", "svc-1", "svc-2").endsWith("svc-1999");
    }

    @Test
    void entriesEqualAnOrdinaryMapWithTheSameContent() throws DocumentException {
        YMap web = parse("web:\n  image: nginx\n  restart: always\n").map("web").orElseThrow();
        Map<String, YMap.Entry> plain = new LinkedHashMap<>(web.entries());

        assertThat(web.entries()).isEqualTo(plain);
        assertThat(plain).isEqualTo(web.entries());
        assertThat(web.entries().hashCode()).isEqualTo(plain.hashCode());
        assertThat(new YMap(plain, web.location())).isEqualTo(web);
    }

    @Test
    void aChangeThatChangesNothingReturnsTheSameMapping() throws DocumentException {
        YMap top = parse("a: 1\nb: [x, y]\n");

        assertThat(top.mapEntries(e -> e)).isSameAs(top);
        YList list = top.list("b").orElseThrow();
        assertThat(list.mapItems(item -> item)).isSameAs(list);
    }

    @Test
    void aChangedEntryIsReplacedInPlaceAndARemovedOneIsGone() throws DocumentException {
        YMap top = parse("a: 1\nb: 2\nc: 3\n");

        YMap changed = top.mapEntries(e -> e.key().equals("b") ? e.withValue(YScalar.string("two", e.keyLocation())) : e);
        YMap removed = top.mapEntries(e -> e.key().equals("b") ? null : e);

        assertThat(changed.keys()).containsExactly("a", "b", "c");
        assertThat(changed.text("b")).contains("two");
        assertThat(top.text("b")).contains("2");
        assertThat(removed.keys()).containsExactly("a", "c");
        assertThat(removed.has("b")).isFalse();
    }

    @Test
    void aChangeMayNotRenameAnEntry() throws DocumentException {
        YMap top = parse("a: 1\n");

        assertThatThrownBy(() -> top.mapEntries(e -> new YMap.Entry("z", e.keyLocation(), e.value())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entriesCannotBeChangedFromOutside() throws DocumentException {
        YMap top = parse("a: 1\nb: 2\n");

        assertThatThrownBy(() -> top.entries().remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> top.entryList().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(List.copyOf(top.keys())).containsExactly("a", "b");
    }
}
