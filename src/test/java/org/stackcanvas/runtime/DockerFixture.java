package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What tests against a real Docker Engine need: a reachable Engine, Compose, and an image made
 * offline (nothing is ever pulled).
 *
 * <p>When {@code CI} is set, a missing Engine, Compose or busybox fails the test: CI installs and
 * starts them, so their absence is a broken build. Elsewhere the test is skipped with the reason.
 *
 * <p>The image is Debian's static busybox in an otherwise empty root file system, imported with
 * {@code docker import}. Containers made from it only sleep, write files, exit and run
 * {@code true} as a healthcheck: they send no network traffic.
 */
public final class DockerFixture {

    /** The offline test image: busybox applets under /bin, no default command. */
    public static final String IMAGE = "stackcanvas-test/busybox:1";

    private static final List<String> APPLETS = List.of("sh", "sleep", "true", "false", "echo", "cat", "ls",
            "touch", "test", "date", "seq", "env", "kill", "trap", "printf");

    private DockerFixture() {
    }

    /** Skips (or, under CI, fails) unless an Engine and Compose are there; makes the image; returns Compose. */
    public static ComposeCli require(EngineClient engine) {
        try {
            engine.ping();
        } catch (RuntimeProblem problem) {
            unavailable("no Docker Engine reachable: " + problem.getMessage());
        }
        ComposeCli compose = null;
        try {
            compose = ComposeCli.detect();
        } catch (RuntimeProblem problem) {
            unavailable(problem.getMessage());
        }
        ensureImage();
        return compose;
    }

    /** A project name no other test uses: {@code sctest} and eight hex digits. */
    public static String uniqueProjectName() {
        return "sctest" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private static void unavailable(String reason) {
        if (System.getenv("CI") != null) {
            fail("CI is set, so Docker tests must run, but " + reason);
        }
        System.err.println("Skipping Docker test: " + reason);
        assumeTrue(false, "Skipping: " + reason);
    }

    private static synchronized void ensureImage() {
        try {
            if (exec(List.of("docker", "image", "inspect", IMAGE)) == 0) {
                return;
            }
            Path busybox = Path.of("/usr/bin/busybox");
            if (!Files.isExecutable(busybox)) {
                busybox = Path.of("/bin/busybox");
            }
            if (!Files.isExecutable(busybox)) {
                unavailable("no busybox to build the test image (Debian: apt-get install busybox-static)");
            }
            if (exec(List.of("ldd", busybox.toString())) == 0) {
                // Alone in an empty root file system, a dynamically linked busybox cannot start.
                unavailable(busybox + " is dynamically linked; the test image needs the static build"
                        + " (Debian: apt-get install busybox-static)");
            }
            Path dir = Files.createTempDirectory("stackcanvas-image");
            Path bin = Files.createDirectories(dir.resolve("rootfs/bin"));
            Files.copy(busybox, bin.resolve("busybox"));
            for (String applet : APPLETS) {
                Files.createSymbolicLink(bin.resolve(applet), Path.of("busybox"));
            }
            Files.createDirectories(dir.resolve("rootfs/tmp"));
            Files.createDirectories(dir.resolve("rootfs/data"));
            Path tar = dir.resolve("rootfs.tar");
            assertThat(exec(List.of("tar", "-C", dir.resolve("rootfs").toString(), "-cf", tar.toString(), ".")))
                    .as("tar of the busybox root file system").isZero();
            assertThat(exec(List.of("docker", "import", tar.toString(), IMAGE))).as("docker import").isZero();
        } catch (IOException e) {
            fail("could not build the test image: " + e.getMessage(), e);
        }
    }

    /** Runs a command (no shell), output discarded; its exit code, or -1 after 60 s. */
    public static int exec(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
