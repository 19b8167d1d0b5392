package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stackcanvas.edit.Edits.FILE;
import static org.stackcanvas.edit.Edits.assertNoOp;
import static org.stackcanvas.edit.Edits.doc;
import static org.stackcanvas.edit.Edits.edit;
import static org.stackcanvas.edit.Edits.failure;

import org.junit.jupiter.api.Test;

class RenameServiceCommandTest {

    private static final String STACK = """
            services:
              "db":  # the database
                image: postgres
              web:
                image: nginx
                links: ["db:database"]
                ipc: service:db
                extends:
                  file: base.yaml
                  service: db
              cache:
                image: redis
            """;

    @Test
    void renamesTheKeyInItsQuotesAndEveryReference() throws Exception {
        assertThat(edit(STACK, new RenameServiceCommand(FILE, "db", "postgres"))).isEqualTo("""
                services:
                  "postgres":  # the database
                    image: postgres
                  web:
                    image: nginx
                    links: ["postgres:database"]
                    ipc: service:postgres
                    extends:
                      file: base.yaml
                      service: db
                  cache:
                    image: redis
                """);
    }

    @Test
    void aReferenceInsideAnAnchorIsRenamedForAllItsUsers() throws Exception {
        String text = """
                x-deps: &deps
                  depends_on:
                    db:
                      condition: service_healthy
                services:
                  db:
                    image: postgres
                  a:
                    <<: *deps
                  b:
                    <<: *deps
                """;
        String after = edit(text, new RenameServiceCommand(FILE, "db", "pg"));
        assertThat(after).contains("  depends_on:\n    pg:\n").contains("  pg:\n    image: postgres");
        assertThat(ServiceReference.find(doc(after), "pg")).hasSize(1);
        assertThat(ServiceReference.find(doc(after), "db")).isEmpty();
    }

    @Test
    void theSameNameIsANoOp() throws Exception {
        assertNoOp(STACK, new RenameServiceCommand(FILE, "web", "web"));
    }

    @Test
    void errorsSayWhatIsWrong() throws Exception {
        assertThat(failure(STACK, new RenameServiceCommand(FILE, "web", "cache")))
                .hasMessageContaining("a service named 'cache' already exists; choose another name");
        assertThat(failure(STACK, new RenameServiceCommand(FILE, "web", "my web")))
                .hasMessageContaining("'my web' is not a valid service name");
        assertThat(failure(STACK, new RenameServiceCommand(FILE, "nope", "x")))
                .hasMessageContaining("no service 'nope'");
    }
}
