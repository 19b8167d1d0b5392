package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stackcanvas.edit.Edits.FILE;
import static org.stackcanvas.edit.Edits.assertNoOp;
import static org.stackcanvas.edit.Edits.doc;
import static org.stackcanvas.edit.Edits.edit;
import static org.stackcanvas.edit.Edits.failure;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SetEnvironmentCommandTest {

    private static final String MAP_FORM = """
            services:
              web:
                image: nginx
                environment:
                  MODE: dev  # local
                  LEVEL: "info"
            """;
    private static final String LIST_FORM = """
            services:
              web:
                image: nginx
                environment:
                  - MODE=dev
                  - BARE
            """;

    @Test
    void mapFormReplacesInPlaceAndAppendsNewVariables() throws Exception {
        assertThat(edit(MAP_FORM, new SetEnvironmentCommand(FILE, "web", "MODE", "prod")))
                .contains("      MODE: prod  # local\n");
        assertThat(edit(MAP_FORM, new SetEnvironmentCommand(FILE, "web", "NEW", "yes")))
                .endsWith("      LEVEL: \"info\"\n      NEW: \"yes\"\n");
    }

    @Test
    void listFormReplacesTheItemAndAppendsNewVariables() throws Exception {
        assertThat(edit(LIST_FORM, new SetEnvironmentCommand(FILE, "web", "BARE", "1")))
                .endsWith("      - MODE=dev\n      - BARE=1\n");
        String after = edit(LIST_FORM, new SetEnvironmentCommand(FILE, "web", "URL", "http://x:80/#top a: b"));
        assertThat(after).endsWith("      - BARE\n      - \"URL=http://x:80/#top a: b\"\n");
        assertThat(ComposeEditor.effective(doc(after), ComposeEditor.path("services", "web", "environment", 2)))
                .hasValueSatisfying(v -> assertThat(Resolved.of(v)).isEqualTo("NONE STRING:URL=http://x:80/#top a: b"));
    }

    @Test
    void aServiceWithoutEnvironmentGetsAMapping() throws Exception {
        assertThat(edit("services:\n  web:\n    image: x\n", new SetEnvironmentCommand(FILE, "web", "A", "on")))
                .isEqualTo("services:\n  web:\n    image: x\n    environment:\n      A: \"on\"\n");
    }

    @Test
    void removingTheLastVariableRemovesEnvironment() throws Exception {
        String map = "services:\n  web:\n    environment:\n      A: 1\n    image: x\n";
        assertThat(edit(map, SetEnvironmentCommand.unset(FILE, "web", "A"))).isEqualTo("services:\n  web:\n    image: x\n");
        String list = "services:\n  web:\n    image: x\n    environment: [A=1]\n";
        assertThat(edit(list, SetEnvironmentCommand.unset(FILE, "web", "A"))).isEqualTo("services:\n  web:\n    image: x\n");
    }

    @Test
    void noOps() throws Exception {
        assertNoOp(MAP_FORM, new SetEnvironmentCommand(FILE, "web", "LEVEL", "info"));
        assertNoOp(LIST_FORM, new SetEnvironmentCommand(FILE, "web", "MODE", "dev"));
        assertNoOp(MAP_FORM, SetEnvironmentCommand.unset(FILE, "web", "ABSENT"));
        assertNoOp(LIST_FORM, SetEnvironmentCommand.unset(FILE, "web", "ABSENT"));
        assertNoOp("services:\n  web:\n    image: x\n", SetEnvironmentCommand.unset(FILE, "web", "A"));
    }

    @Test
    void anAliasedEnvironmentBecomesALocalCopyAndTheOtherUserKeepsTheAnchor() throws Exception {
        String text = """
                x-env: &env
                  A: "1"
                services:
                  a:
                    environment: *env
                  b:
                    environment: *env
                """;
        String after = edit(text, new SetEnvironmentCommand(FILE, "a", "B", "2"));
        assertThat(after).isEqualTo(text.replace("  a:\n    environment: *env\n",
                "  a:\n    environment:\n      A: \"1\"\n      B: \"2\"\n"));
        assertThat(Resolved.of(ComposeEditor.service(doc(after), "b").orElseThrow()))
                .isEqualTo(Map.of("environment", Map.of("A", "NONE STRING:1")));
    }

    @Test
    void theLastInheritedVariableCannotBeRemovedFromOneUser() throws Exception {
        String text = """
                x-base: &base
                  environment:
                    A: "1"
                services:
                  a:
                    <<: *base
                """;
        assertThat(failure(text, SetEnvironmentCommand.unset(FILE, "a", "A")))
                .hasMessageContaining("is inherited through a merge key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A=B", "MY VAR", "TAB\tVAR"})
    void invalidNamesAreRefused(String name) throws Exception {
        assertThat(failure(MAP_FORM, new SetEnvironmentCommand(FILE, "web", name, "x")))
                .hasMessageContaining("is not a valid variable name");
    }
}
