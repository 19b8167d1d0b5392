package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stackcanvas.edit.Edits.FILE;
import static org.stackcanvas.edit.Edits.assertNoOp;
import static org.stackcanvas.edit.Edits.edit;
import static org.stackcanvas.edit.Edits.failure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortCommandTest {

    private static final String STACK = """
            services:
              web:
                image: nginx
                ports:
                  - "8080:80"  # http
                  - 443
              db:
                image: postgres
            """;

    @Test
    void addAppendsQuotedAndCreatesTheList() throws Exception {
        assertThat(edit(STACK, PortCommand.add(FILE, "web", "8443:443/tcp")))
                .contains("      - 443\n      - \"8443:443/tcp\"\n  db:");
        assertThat(edit(STACK, PortCommand.add(FILE, "db", "127.0.0.1:5432:5432")))
                .endsWith("    image: postgres\n    ports:\n      - \"127.0.0.1:5432:5432\"\n");
    }

    @Test
    void removeTakesTheItemAndTheLastOneTakesTheKey() throws Exception {
        assertThat(edit(STACK, PortCommand.remove(FILE, "web", "8080:80")))
                .isEqualTo(STACK.replace("      - \"8080:80\"  # http\n", ""));
        String one = "services:\n  web:\n    ports: [\"80:80\"]\n    image: x\n";
        assertThat(edit(one, PortCommand.remove(FILE, "web", "80:80"))).isEqualTo("services:\n  web:\n    image: x\n");
    }

    @Test
    void aPortPublishedAlreadyOrNotPublishedIsANoOp() throws Exception {
        assertNoOp(STACK, PortCommand.add(FILE, "web", "8080:80"));
        assertNoOp(STACK, PortCommand.add(FILE, "web", "443"));
        assertNoOp(STACK, PortCommand.remove(FILE, "web", "9000:9000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "http", "80:80:80:80", "80/foo", "80:", ":80", "8080 80", "70000:80", "8080:65536"})
    void aBadPortIsRefusedWithTheSyntax(String spec) throws Exception {
        assertThat(failure(STACK, PortCommand.add(FILE, "web", spec)))
                .hasMessageContaining("e.g. 8080:80");
    }
}
