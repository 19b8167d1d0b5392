package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stackcanvas.edit.Edits.FILE;
import static org.stackcanvas.edit.Edits.assertNoOp;
import static org.stackcanvas.edit.Edits.edit;
import static org.stackcanvas.edit.Edits.failure;

import org.junit.jupiter.api.Test;

class SetDependencyCommandTest {

    private static final String LIST = """
            services:
              web:
                image: nginx
                depends_on:
                  - api
              api:
                image: api
                depends_on:
                  db:
                    condition: service_started
                    restart: true
              db:
                image: postgres
            """;

    @Test
    void aShortListBecomesTheLongFormKeepingItsEntries() throws Exception {
        assertThat(edit(LIST, new SetDependencyCommand(FILE, "web", "db", "service_healthy")))
                .startsWith("""
                        services:
                          web:
                            image: nginx
                            depends_on:
                              api:
                                condition: service_started
                              db:
                                condition: service_healthy
                          api:
                        """);
    }

    @Test
    void theLongFormChangesOnlyTheCondition() throws Exception {
        assertThat(edit(LIST, new SetDependencyCommand(FILE, "api", "db", "service_healthy")))
                .isEqualTo(LIST.replace("condition: service_started", "condition: service_healthy"));
    }

    @Test
    void aNewDependencyIsWrittenLong() throws Exception {
        assertThat(edit(LIST, new SetDependencyCommand(FILE, "db", "api", "service_completed_successfully")))
                .endsWith("    image: postgres\n    depends_on:\n      api:\n        condition: service_completed_successfully\n");
    }

    @Test
    void theSameConditionIsANoOp() throws Exception {
        assertNoOp(LIST, new SetDependencyCommand(FILE, "api", "db", "service_started"));
    }

    @Test
    void errorsSayWhatIsAllowed() throws Exception {
        assertThat(failure(LIST, new SetDependencyCommand(FILE, "web", "db", "healthy"))).hasMessage(
                "'healthy' is not a depends_on condition; use one of service_completed_successfully, "
                        + "service_healthy, service_started");
        assertThat(failure(LIST, new SetDependencyCommand(FILE, "web", "cache", "service_started")))
                .hasMessageContaining("no service 'cache' to depend on");
        assertThat(failure(LIST, new SetDependencyCommand(FILE, "web", "web", "service_started")))
                .hasMessageContaining("cannot depend on itself");
        assertThat(failure(LIST, new SetDependencyCommand(FILE, "nope", "db", "service_started")))
                .hasMessageContaining("no service 'nope'");
    }
}
