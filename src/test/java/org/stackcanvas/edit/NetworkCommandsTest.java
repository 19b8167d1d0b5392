package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stackcanvas.edit.Edits.FILE;
import static org.stackcanvas.edit.Edits.assertNoOp;
import static org.stackcanvas.edit.Edits.edit;
import static org.stackcanvas.edit.Edits.failure;

import org.junit.jupiter.api.Test;

/** {@link AttachNetworkCommand} and {@link DetachNetworkCommand}. */
class NetworkCommandsTest {

    private static final String STACK = """
            services:
              web:
                image: nginx
                networks:
                  - front
              api:
                image: api
                networks:
                  front:
                    aliases: [api]
              db:
                image: postgres
            networks:
              front:
            """;

    @Test
    void attachAppendsInTheServicesFormAndDeclaresANewNetwork() throws Exception {
        assertThat(edit(STACK, new AttachNetworkCommand(FILE, "web", "back")))
                .contains("      - front\n      - back\n").endsWith("networks:\n  front:\n  back: {}\n");
        assertThat(edit(STACK, new AttachNetworkCommand(FILE, "api", "back")))
                .contains("        aliases: [api]\n      back:\n  db:").endsWith("  back: {}\n");
    }

    @Test
    void attachToAServiceWithoutNetworksAndADeclaredNetwork() throws Exception {
        assertThat(edit(STACK, new AttachNetworkCommand(FILE, "db", "front")))
                .isEqualTo(STACK.replace("    image: postgres\n", "    image: postgres\n    networks:\n      - front\n"));
    }

    @Test
    void theDefaultNetworkIsNeverDeclared() throws Exception {
        assertThat(edit(STACK, new AttachNetworkCommand(FILE, "db", "default"))).endsWith("networks:\n  front:\n");
    }

    @Test
    void attachingTwiceIsANoOp() throws Exception {
        assertNoOp(STACK, new AttachNetworkCommand(FILE, "web", "front"));
        assertNoOp(STACK, new AttachNetworkCommand(FILE, "api", "front"));
    }

    @Test
    void networkModeCannotBeCombinedWithNetworks() throws Exception {
        String text = "services:\n  vpn:\n    image: x\n    network_mode: host\n";
        EditException e = failure(text, new AttachNetworkCommand(FILE, "vpn", "front"));
        assertThat(e).hasMessageContaining("vpn uses network_mode: host").hasMessageContaining("remove network_mode first");
        assertThat(e.location().line()).isEqualTo(4);
    }

    @Test
    void detachRemovesTheItemOrEntryAndTheLastOneTakesTheKeyWithIt() throws Exception {
        String both = STACK.replace("      - front\n", "      - front\n      - back\n");
        assertThat(edit(both, new DetachNetworkCommand(FILE, "web", "back"))).isEqualTo(STACK);
        assertThat(edit(STACK, new DetachNetworkCommand(FILE, "web", "front")))
                .contains("  web:\n    image: nginx\n  api:").endsWith("networks:\n  front:\n");
        assertThat(edit(STACK, new DetachNetworkCommand(FILE, "api", "front")))
                .contains("  api:\n    image: api\n  db:");
    }

    @Test
    void detachingANetworkNotAttachedIsANoOp() throws Exception {
        assertNoOp(STACK, new DetachNetworkCommand(FILE, "db", "front"));
        assertNoOp(STACK, new DetachNetworkCommand(FILE, "web", "back"));
    }
}
