package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stackcanvas.edit.Edits.FILE;
import static org.stackcanvas.edit.Edits.edit;
import static org.stackcanvas.edit.Edits.failure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddServiceCommandTest {

    private static final String STACK = """
            services:
              web:
                image: nginx  # front
            volumes:
              data:
            """;

    @Test
    void addsAfterTheLastServiceInTheFilesStyle() throws Exception {
        assertThat(edit(STACK, new AddServiceCommand(FILE, "cache", "redis:7"))).isEqualTo("""
                services:
                  web:
                    image: nginx  # front
                  cache:
                    image: redis:7
                volumes:
                  data:
                """);
    }

    @Test
    void withoutAnImageTheServiceIsAnEmptyMapping() throws Exception {
        assertThat(edit(STACK, new AddServiceCommand(FILE, "cache", null)))
                .contains("  cache: {}\nvolumes:");
    }

    @Test
    void anEmptyFileGetsAServicesSection() throws Exception {
        assertThat(edit("", new AddServiceCommand(FILE, "web", "nginx"))).isEqualTo("services:\n  web:\n    image: nginx\n");
    }

    @Test
    void aDuplicateNameIsRefused() throws Exception {
        assertThat(failure(STACK, new AddServiceCommand(FILE, "web", "httpd")))
                .hasMessageContaining("a service named 'web' already exists");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-web", "web app", "web/1", "_web", "wéb"})
    void anInvalidNameIsRefusedWithTheRule(String name) throws Exception {
        assertThat(failure(STACK, new AddServiceCommand(FILE, name, "x")))
                .hasMessageContaining("is not a valid service name")
                .hasMessageContaining("letters, digits");
    }
}
