package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stackcanvas.edit.Edits.FILE;
import static org.stackcanvas.edit.Edits.assertNoOp;
import static org.stackcanvas.edit.Edits.edit;
import static org.stackcanvas.edit.Edits.failure;

import org.junit.jupiter.api.Test;

/** {@link MountVolumeCommand} and {@link UnmountVolumeCommand}. */
class VolumeCommandsTest {

    private static final String SHORT = """
            services:
              db:
                image: postgres
                volumes:
                  - ./init:/docker-entrypoint-initdb.d:ro
            """;
    private static final String LONG = """
            services:
              db:
                image: postgres
                volumes:
                  - type: bind
                    source: ./init
                    target: /docker-entrypoint-initdb.d
            volumes:
              data:
            """;

    @Test
    void aNamedVolumeIsMountedShortAndDeclared() throws Exception {
        assertThat(edit(SHORT, new MountVolumeCommand(FILE, "db", "data", "/var/lib/postgresql/data", false)))
                .isEqualTo(SHORT + "      - data:/var/lib/postgresql/data\nvolumes:\n  data: {}\n");
    }

    @Test
    void aListOfLongMountsGetsALongMountAndADeclaredVolumeStaysAsItIs() throws Exception {
        assertThat(edit(LONG, new MountVolumeCommand(FILE, "db", "data", "/data", true))).isEqualTo("""
                services:
                  db:
                    image: postgres
                    volumes:
                      - type: bind
                        source: ./init
                        target: /docker-entrypoint-initdb.d
                      - type: volume
                        source: data
                        target: /data
                        read_only: true
                volumes:
                  data:
                """);
    }

    @Test
    void aBindPathIsNotDeclaredAsAVolume() throws Exception {
        assertThat(edit("services:\n  web:\n    image: nginx\n",
                new MountVolumeCommand(FILE, "web", "./site", "/usr/share/nginx/html", true)))
                .isEqualTo("services:\n  web:\n    image: nginx\n    volumes:\n      - ./site:/usr/share/nginx/html:ro\n");
    }

    @Test
    void mountingAtATargetInUseReplacesThatMount() throws Exception {
        assertThat(edit(SHORT, new MountVolumeCommand(FILE, "db", "./seed", "/docker-entrypoint-initdb.d", false)))
                .contains("      - ./seed:/docker-entrypoint-initdb.d\n");
    }

    @Test
    void theSameMountAgainIsANoOp() throws Exception {
        assertNoOp(SHORT, new MountVolumeCommand(FILE, "db", "./init", "/docker-entrypoint-initdb.d", true));
    }

    @Test
    void aRelativeTargetIsRefused() throws Exception {
        assertThat(failure(SHORT, new MountVolumeCommand(FILE, "db", "data", "data", false)))
                .hasMessageContaining("must be an absolute path inside the container");
    }

    @Test
    void unmountRemovesShortAndLongMountsAndKeepsTheDeclaration() throws Exception {
        assertThat(edit(SHORT, new UnmountVolumeCommand(FILE, "db", "/docker-entrypoint-initdb.d")))
                .isEqualTo("services:\n  db:\n    image: postgres\n");
        assertThat(edit(LONG, new UnmountVolumeCommand(FILE, "db", "/docker-entrypoint-initdb.d")))
                .isEqualTo("services:\n  db:\n    image: postgres\nvolumes:\n  data:\n");
    }

    @Test
    void unmountingATargetNotMountedIsANoOp() throws Exception {
        assertNoOp(SHORT, new UnmountVolumeCommand(FILE, "db", "/nothing"));
    }
}
