package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stackcanvas.edit.Edits.FILE;
import static org.stackcanvas.edit.Edits.doc;
import static org.stackcanvas.edit.Edits.edit;
import static org.stackcanvas.edit.Edits.failure;

import org.junit.jupiter.api.Test;

/** What every service edit promises about the other services. */
class ServiceCommandTest {

    private static final String TEMPLATE = """
            services:
              web: &web
                image: app:1
                environment: &env
                  LOG: info
              worker:
                <<: *web
                command: work
              api:
                image: api
                environment: *env
            """;

    @Test
    void editingAServiceOthersMergeGivesThemALocalCopyOfTheOldValue() throws Exception {
        Object workerBefore = Resolved.of(ComposeEditor.service(doc(TEMPLATE), "worker").orElseThrow());
        Object apiBefore = Resolved.of(ComposeEditor.service(doc(TEMPLATE), "api").orElseThrow());
        String after = edit(TEMPLATE, new SetEnvironmentCommand(FILE, "web", "LOG", "debug"));
        assertThat(after).contains("  web: &web\n    image: app:1\n    environment: &env\n      LOG: debug\n");
        assertThat(Resolved.of(ComposeEditor.service(doc(after), "worker").orElseThrow())).isEqualTo(workerBefore);
        assertThat(Resolved.of(ComposeEditor.service(doc(after), "api").orElseThrow())).isEqualTo(apiBefore);
    }

    @Test
    void addingAnAttributeThatMergingServicesWouldInheritIsRefused() throws Exception {
        EditException e = failure(TEMPLATE, PortCommand.add(FILE, "web", "80:80"));
        assertThat(e).hasMessageContaining("service worker merges web's definition (<<)")
                .hasMessageContaining("would add it to worker too");
    }

    @Test
    void servicesBelowAnEditKeepTheirTextWhenOnlyTheirLinesMove() throws Exception {
        String text = """
                services:
                  web:
                    image: nginx
                  db:
                    image: postgres
                    environment:
                      # the password comes from the secret
                      POSTGRES_PASSWORD_FILE: /run/secrets/db
                    ports: ['5432:5432']
                """;
        String after = edit(text, new SetEnvironmentCommand(FILE, "web", "A", "1"));
        assertThat(after).isEqualTo(text.replace("    image: nginx\n", "    image: nginx\n    environment:\n      A: \"1\"\n"));
    }
}
