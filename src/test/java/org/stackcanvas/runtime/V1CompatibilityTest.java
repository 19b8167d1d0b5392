package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stackcanvas.document.DocumentParser;

class V1CompatibilityTest {

    private static List<String> problems(String yaml) throws Exception {
        return V1Compatibility.problems(new DocumentParser().parseText("compose.yaml", yaml).tree());
    }

    @Test
    void plainFileRunsWithV1() throws Exception {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    depends_on:
                      db:
                        condition: service_healthy
                  db:
                    image: postgres
                """)).isEmpty();
    }

    @Test
    void reportsNameIncludeAndRequiredWithLocations() throws Exception {
        List<String> problems = problems("""
                name: shop
                include:
                  - other.yaml
                services:
                  web:
                    image: nginx
                    depends_on:
                      db:
                        condition: service_started
                        required: false
                  db:
                    image: postgres
                """);
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("compose.yaml:1:1").contains("top-level 'name:'").contains("-p");
        assertThat(problems.get(1)).startsWith("compose.yaml:2:1").contains("'include:'");
        assertThat(problems.get(2)).startsWith("compose.yaml:10:").contains("depends_on.db.required")
                .contains("service web");
    }

    @Test
    void shortDependsOnIsFine() throws Exception {
        assertThat(problems("""
                services:
                  web:
                    depends_on: [db]
                  db: {}
                """)).isEmpty();
    }
}
