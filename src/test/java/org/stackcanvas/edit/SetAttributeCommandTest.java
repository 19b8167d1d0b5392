package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stackcanvas.edit.Edits.FILE;
import static org.stackcanvas.edit.Edits.assertNoOp;
import static org.stackcanvas.edit.Edits.doc;
import static org.stackcanvas.edit.Edits.edit;
import static org.stackcanvas.edit.Edits.failure;

import org.junit.jupiter.api.Test;
import org.stackcanvas.document.YScalar;

class SetAttributeCommandTest {

    private static final String STACK = """
            services:
              web:
                image: nginx:1.25  # pinned
                command:
                  - nginx
                  - -g
                read_only: false
              db:
                image: postgres
            """;

    @Test
    void replacesOnlyTheValueKeepingTheComment() throws Exception {
        assertThat(edit(STACK, new SetAttributeCommand(FILE, "web", "image", "nginx:1.27")))
                .isEqualTo(STACK.replace("nginx:1.25  # pinned", "nginx:1.27  # pinned"));
    }

    @Test
    void addsAMissingAttributeAsAString() throws Exception {
        String after = edit(STACK, new SetAttributeCommand(FILE, "db", "user", "999"));
        assertThat(after).endsWith("    image: postgres\n    user: \"999\"\n");
    }

    @Test
    void booleanAttributesStayBooleans() throws Exception {
        String after = edit(STACK, new SetAttributeCommand(FILE, "web", "read_only", "true"));
        assertThat(after).contains("    read_only: true\n");
        assertThat(ComposeEditor.service(doc(after), "web").orElseThrow().get("read_only"))
                .isInstanceOfSatisfying(YScalar.class, s -> assertThat(s.asBoolean()).isTrue());
    }

    @Test
    void aListReplacedByOneValueGoesOnTheKeyLine() throws Exception {
        assertThat(edit(STACK, new SetAttributeCommand(FILE, "web", "command", "nginx -g 'daemon off;'")))
                .contains("    command: nginx -g 'daemon off;'\n    read_only: false\n");
    }

    @Test
    void unsetRemovesEveryLineOfTheValue() throws Exception {
        assertThat(edit(STACK, new SetAttributeCommand(FILE, "web", "command", null)))
                .isEqualTo(STACK.replace("    command:\n      - nginx\n      - -g\n", ""));
    }

    @Test
    void theSameValueAndAnAbsentAttributeAreNoOps() throws Exception {
        assertNoOp(STACK, new SetAttributeCommand(FILE, "web", "image", "nginx:1.25"));
        assertNoOp(STACK, new SetAttributeCommand(FILE, "db", "restart", null));
    }

    @Test
    void anInheritedValueIsOverriddenLocallyAndTheAnchorStays() throws Exception {
        String text = """
                x-base: &base
                  image: app:1
                  restart: always
                services:
                  a:
                    <<: *base
                  b:
                    <<: *base
                """;
        String after = edit(text, new SetAttributeCommand(FILE, "a", "restart", "no"));
        assertThat(after).isEqualTo(text.replace("  a:\n    <<: *base\n", "  a:\n    <<: *base\n    restart: \"no\"\n"));
    }

    @Test
    void anInheritedValueCannotBeRemovedFromOneUser() throws Exception {
        String text = """
                x-base: &base {image: app:1, restart: always}
                services:
                  a:
                    <<: *base
                """;
        assertThat(failure(text, new SetAttributeCommand(FILE, "a", "restart", null)))
                .hasMessageContaining("services.a.restart is inherited through a merge key")
                .hasMessageContaining("give it another value")
                .satisfies(e -> assertThat(e.location().line()).isEqualTo(1));
    }

    @Test
    void anUnknownServiceIsAnError() throws Exception {
        assertThat(failure(STACK, new SetAttributeCommand(FILE, "api", "image", "x")))
                .hasMessageContaining("no service 'api' in this file");
    }
}
