package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stackcanvas.edit.Edits.FILE;
import static org.stackcanvas.edit.Edits.doc;
import static org.stackcanvas.edit.Edits.edit;
import static org.stackcanvas.edit.Edits.failure;

import org.junit.jupiter.api.Test;

class RemoveServiceCommandTest {

    @Test
    void removesTheServiceAndTheWiresToIt() throws Exception {
        String text = """
                services:
                  db:
                    image: postgres
                  app:
                    image: app
                    depends_on: [db, cache]
                    ipc: service:db
                    pid: "service:db"
                  cache:
                    image: redis
                """;
        String after = edit(text, new RemoveServiceCommand(FILE, "db"));
        assertThat(after).isEqualTo("""
                services:
                  app:
                    image: app
                    depends_on: [cache]
                  cache:
                    image: redis
                """);
        assertThat(ServiceReference.find(doc(after), "db")).isEmpty();
    }

    @Test
    void aReferenceInsideAnAnchorIsRemovedOnceForAllItsUsers() throws Exception {
        String text = """
                x-deps: &deps
                  depends_on:
                    - db
                    - cache
                services:
                  db:
                    image: postgres
                  cache:
                    image: redis
                  a:
                    <<: *deps
                  b:
                    <<: *deps
                """;
        String after = edit(text, new RemoveServiceCommand(FILE, "db"));
        assertThat(after).startsWith("x-deps: &deps\n  depends_on:\n    - cache\nservices:\n  cache:");
        assertThat(ComposeEditor.effective(doc(after), ComposeEditor.path("services", "b", "depends_on")).orElseThrow())
                .satisfies(v -> assertThat(Resolved.of(v)).isEqualTo(java.util.List.of("NONE STRING:cache")));
    }

    @Test
    void anUnknownServiceIsAnErrorThatNamesIt() throws Exception {
        assertThat(failure("services:\n  web:\n    image: x\n", new RemoveServiceCommand(FILE, "wbe")))
                .hasMessage("no service 'wbe' in this file; check the name");
    }

    @Test
    void aServiceWhoseAnchorOthersStillUseIsNotRemovedAndTheMessageSaysWhere() throws Exception {
        String text = "services:\n  web: &web\n    image: app\n  worker:\n    <<: *web\n";
        EditException e = failure(text, new RemoveServiceCommand(FILE, "web"));
        assertThat(e).hasMessageContaining("would remove the anchor &web, which is still used here (*web)");
        assertThat(e.location().line()).isEqualTo(5);
    }
}
