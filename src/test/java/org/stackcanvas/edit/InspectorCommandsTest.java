package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stackcanvas.edit.Edits.FILE;
import static org.stackcanvas.edit.Edits.assertNoOp;
import static org.stackcanvas.edit.Edits.edit;
import static org.stackcanvas.edit.Edits.failure;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The commands the inspector sends: nested values, key/value entries, lists, dependencies, top-level elements. */
class InspectorCommandsTest {

    private static final String STACK = """
            services:
              web:
                image: nginx  # front
                build: ./web
                labels:
                  - tier=front
                healthcheck:
                  test: ["CMD", "true"]
                  interval: 30s
                env_file: .env
                depends_on:
                  - api
              api:
                image: api
                profiles: [dev]
                depends_on:
                  db:
                    condition: service_healthy
              db:
                image: postgres
            networks:
              back:
            volumes:
              data:
                driver: local
            """;

    @Test
    void aNestedValueChangesInPlace() throws Exception {
        assertThat(edit(STACK, new SetNestedAttributeCommand(FILE, "web", List.of("healthcheck", "interval"), "1m30s")))
                .isEqualTo(STACK.replace("interval: 30s", "interval: 1m30s"));
    }

    @Test
    void aNestedValueCreatesTheMappingsOnItsWay() throws Exception {
        assertThat(edit(STACK, new SetNestedAttributeCommand(FILE, "db", List.of("deploy", "resources", "limits",
                "memory"), "512M")))
                .contains("  db:\n    image: postgres\n    deploy:\n      resources:\n        limits:\n"
                        + "          memory: 512M\nnetworks:\n");
    }

    @Test
    void numbersStayNumbers() throws Exception {
        assertThat(edit(STACK, new SetNestedAttributeCommand(FILE, "web", List.of("healthcheck", "retries"), "3")))
                .contains("      interval: 30s\n      retries: 3\n");
    }

    @Test
    void aShortBuildBecomesTheLongFormForANestedKey() throws Exception {
        assertThat(edit(STACK, new SetNestedAttributeCommand(FILE, "web", List.of("build", "dockerfile"), "Dev.Dockerfile")))
                .contains("    build:\n      context: ./web\n      dockerfile: Dev.Dockerfile\n");
    }

    @Test
    void removingTheLastNestedKeyRemovesTheMapping() throws Exception {
        String once = edit(STACK, new SetNestedAttributeCommand(FILE, "db", List.of("healthcheck", "retries"), "2"));
        assertThat(edit(once, new SetNestedAttributeCommand(FILE, "db", List.of("healthcheck", "retries"), null)))
                .isEqualTo(STACK);
    }

    @Test
    void sameNestedValueOrAbsentRemovalIsANoOp() throws Exception {
        assertNoOp(STACK, new SetNestedAttributeCommand(FILE, "web", List.of("healthcheck", "interval"), "30s"));
        assertNoOp(STACK, new SetNestedAttributeCommand(FILE, "web", List.of("healthcheck", "timeout"), null));
    }

    @Test
    void keyValueEntriesFollowTheWrittenForm() throws Exception {
        assertThat(edit(STACK, new SetKeyValueCommand(FILE, "web", List.of("labels"), "tier", "edge")))
                .isEqualTo(STACK.replace("- tier=front", "- tier=edge"));
        assertThat(edit(STACK, new SetKeyValueCommand(FILE, "web", List.of("labels"), "tier", null)))
                .isEqualTo(STACK.replace("    labels:\n      - tier=front\n", ""));
        assertThat(edit(STACK, new SetKeyValueCommand(FILE, "web", List.of("build", "args"), "VERSION", "2")))
                .contains("    build:\n      context: ./web\n      args:\n        VERSION: \"2\"\n");
        assertNoOp(STACK, new SetKeyValueCommand(FILE, "web", List.of("labels"), "tier", "front"));
        assertThat(failure(STACK, new SetKeyValueCommand(FILE, "web", List.of("labels"), "a b", "x")))
                .hasMessageContaining("not a valid key");
    }

    @Test
    void listsAreReplacedWhole() throws Exception {
        assertThat(edit(STACK, new SetListAttributeCommand(FILE, "api", List.of("profiles"), List.of("dev", "debug"))))
                .contains("    profiles:\n      - dev\n      - debug\n");
        assertThat(edit(STACK, new SetListAttributeCommand(FILE, "api", List.of("profiles"), null)))
                .isEqualTo(STACK.replace("    profiles: [dev]\n", ""));
        assertNoOp(STACK, new SetListAttributeCommand(FILE, "api", List.of("profiles"), List.of("dev")));
        assertNoOp(STACK, new SetListAttributeCommand(FILE, "web", List.of("healthcheck", "test"), List.of("CMD", "true")));
    }

    @Test
    void aDependencyIsRemovedInEitherForm() throws Exception {
        assertThat(edit(STACK, new RemoveDependencyCommand(FILE, "web", "api")))
                .isEqualTo(STACK.replace("    depends_on:\n      - api\n", ""));
        assertThat(edit(STACK, new RemoveDependencyCommand(FILE, "api", "db")))
                .isEqualTo(STACK.replace("    depends_on:\n      db:\n        condition: service_healthy\n", ""));
        assertNoOp(STACK, new RemoveDependencyCommand(FILE, "db", "web"));
    }

    @Test
    void aSingleStringListGrowsAndShrinks() throws Exception {
        assertThat(edit(STACK, ListItemCommand.add(FILE, "web", "env_file", "web.env")))
                .contains("    env_file:\n      - .env\n      - web.env\n");
        assertThat(edit(STACK, ListItemCommand.remove(FILE, "web", "env_file", ".env")))
                .isEqualTo(STACK.replace("    env_file: .env\n", ""));
        assertThat(edit(STACK, ListItemCommand.add(FILE, "db", "env_file", "db.env")))
                .contains("    image: postgres\n    env_file:\n      - db.env\n");
        assertNoOp(STACK, ListItemCommand.add(FILE, "web", "env_file", ".env"));
        assertNoOp(STACK, ListItemCommand.remove(FILE, "web", "env_file", "other.env"));
    }

    @Test
    void topLevelElementsGetAttributes() throws Exception {
        assertThat(edit(STACK, new SetElementAttributeCommand(FILE, "volumes", "data", "driver", "nfs")))
                .isEqualTo(STACK.replace("driver: local", "driver: nfs"));
        assertThat(edit(STACK, new SetElementAttributeCommand(FILE, "networks", "back", "external", "true")))
                .contains("networks:\n  back:\n    external: true\n");
        assertThat(edit(STACK, new SetElementAttributeCommand(FILE, "volumes", "data", "driver", null)))
                .doesNotContain("driver");
        assertNoOp(STACK, new SetElementAttributeCommand(FILE, "volumes", "data", "driver", "local"));
        assertThat(failure(STACK, new SetElementAttributeCommand(FILE, "secrets", "key", "file", "k.txt")))
                .hasMessageContaining("no secret 'key'");
    }
}
