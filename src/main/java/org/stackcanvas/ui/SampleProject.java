package org.stackcanvas.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The built-in sample stack. It is written to a fresh temporary folder so that its env file and
 * secret resolve like any project's; saving it asks where to keep it (Save As).
 */
public final class SampleProject {

    private static final String BASE = "/org/stackcanvas/sample/";
    /** Every file of the sample; the compose file first. */
    static final List<String> FILES = List.of("compose.yaml", "backend.env", "secrets/db_password.txt",
            "proxy/nginx.conf");

    private SampleProject() {
    }

    /** Writes the sample into a new temporary folder and returns the folder. */
    public static Path extract() throws IOException {
        Path dir = Files.createTempDirectory("stackcanvas-sample-");
        copyInto(dir, false);
        return dir;
    }

    /** Copies the sample's companion files into {@code dir} (never overwriting), e.g. after Save As. */
    static void copyCompanions(Path dir) throws IOException {
        copyInto(dir, true);
    }

    private static void copyInto(Path dir, boolean companionsOnly) throws IOException {
        for (String file : FILES) {
            if (companionsOnly && file.equals("compose.yaml")) {
                continue;
            }
            Path target = dir.resolve(file);
            if (Files.exists(target)) {
                continue;
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = SampleProject.class.getResourceAsStream(BASE + file)) {
                if (in == null) {
                    throw new IOException("the sample file " + file + " is missing from the application");
                }
                Files.copy(in, target);
            }
        }
    }

    /** A new, empty project in a temporary folder. */
    public static Path emptyProject() throws IOException {
        Path dir = Files.createTempDirectory("stackcanvas-new-");
        Files.writeString(dir.resolve("compose.yaml"), "# A new StackCanvas project\nservices:\n");
        return dir;
    }
}
