package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stackcanvas.edit.Edits.FILE;
import static org.stackcanvas.edit.Edits.assertNoOp;
import static org.stackcanvas.edit.Edits.edit;
import static org.stackcanvas.edit.Edits.failure;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The commands the canvas needs besides the service commands: top-level elements, references, compounds. */
class CanvasCommandsTest {

    private static final String STACK = """
            services:
              web:
                image: nginx # the front
                networks: [front]
                volumes:
                  - data:/data
                secrets:
                  - token
              api:
                image: api
                env_file: ./api.env
                volumes:
                  - type: volume
                    source: data
                    target: /srv
            networks:
              front:
            volumes:
              data:
            secrets:
              token:
                file: ./token.txt
            """;

    @Test
    void addsATopLevelElementAndRefusesADuplicate() throws Exception {
        assertThat(edit(STACK, new AddTopLevelCommand(FILE, "networks", "back", Map.of())))
                .contains("networks:\n  front:\n  back: {}\n");
        assertThat(edit("services:\n  web:\n    image: nginx\n",
                new AddTopLevelCommand(FILE, "configs", "site", Map.of("file", "./site.conf"))))
                .endsWith("configs:\n  site:\n    file: ./site.conf\n");
        assertThat(failure(STACK, new AddTopLevelCommand(FILE, "volumes", "data", Map.of())))
                .hasMessageContaining("a volume named 'data' already exists");
        assertThat(failure(STACK, new AddTopLevelCommand(FILE, "networks", "no good", Map.of())))
                .hasMessageContaining("not a valid");
    }

    @Test
    void removesATopLevelElementAndAnEmptiedSection() throws Exception {
        assertThat(edit(STACK, new RemoveTopLevelCommand(FILE, "networks", "front")))
                .doesNotContain("networks:\nvolumes").contains("  api:").doesNotContain("\nnetworks:");
        assertNoOp(STACK, new RemoveTopLevelCommand(FILE, "networks", "missing"));
    }

    @Test
    void addsAndRemovesEnvFilesSecretsAndConfigs() throws Exception {
        assertThat(edit(STACK, ServiceItemCommand.add(FILE, "api", "env_file", "./common.env")))
                .contains("    env_file:\n      - ./api.env\n      - ./common.env\n");
        assertThat(edit(STACK, ServiceItemCommand.add(FILE, "web", "secrets", "other")))
                .contains("    secrets:\n      - token\n      - other\n");
        assertThat(edit(STACK, ServiceItemCommand.add(FILE, "api", "configs", "site")))
                .contains("    configs:\n      - site\n");
        assertNoOp(STACK, ServiceItemCommand.add(FILE, "web", "secrets", "token"));
        assertNoOp(STACK, ServiceItemCommand.add(FILE, "api", "env_file", "./api.env"));
        assertThat(edit(STACK, ServiceItemCommand.remove(FILE, "web", "secrets", "token")))
                .doesNotContain("    secrets:");
        assertThat(edit(STACK, ServiceItemCommand.remove(FILE, "api", "env_file", "./api.env")))
                .doesNotContain("env_file");
        assertNoOp(STACK, ServiceItemCommand.remove(FILE, "api", "secrets", "token"));
    }

    @Test
    void deletingAVolumeUnmountsItEverywhereInOneStep() throws Exception {
        CompoundCommand delete = new CompoundCommand("Delete volume data", List.of(
                new UnmountVolumeCommand(FILE, "web", "/data"), new UnmountVolumeCommand(FILE, "api", "/srv"),
                new RemoveTopLevelCommand(FILE, "volumes", "data")));
        String after = edit(STACK, delete);
        assertThat(after).doesNotContain("data").contains("image: nginx # the front");
    }

    @Test
    void aFailingPartUndoesTheWholeCompound() throws Exception {
        CompoundCommand broken = new CompoundCommand("Broken", List.of(
                new RemoveTopLevelCommand(FILE, "networks", "front"),
                new AttachNetworkCommand(FILE, "missing", "front")));
        failure(STACK, broken);
    }
}
