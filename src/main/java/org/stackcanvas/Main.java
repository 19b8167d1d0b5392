package org.stackcanvas;

import java.nio.file.Files;
import java.nio.file.Path;
import org.stackcanvas.cli.Cli;
import org.stackcanvas.ui.EditorLauncher;

/**
 * Entry point. A known command runs headless (no display needed); a file or folder, or nothing,
 * opens the editor. Kept free of JavaFX so the command line starts without it.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Cli cli = new Cli();
        if (args.length > 0 && cli.isCommand(args[0])) {
            System.exit(cli.run(args, System.out, System.err));
        }
        if (args.length > 0 && (args.length > 1 || !Files.exists(Path.of(args[0])))) {
            System.err.println("stackcanvas: '" + args[0] + "' is neither a command nor a file or folder to open;"
                    + " see 'stackcanvas --help'");
            System.exit(Cli.USAGE);
        }
        if (!hasDisplay()) {
            System.err.println("stackcanvas: no display to open the editor on (DISPLAY is not set);"
                    + " run it on a desktop, under xvfb-run, or use a command: see 'stackcanvas --help'");
            System.exit(Cli.USAGE);
        }
        EditorLauncher.launch(args);
    }

    /** On Linux the editor needs an X11 or Wayland display; other systems always have one. */
    private static boolean hasDisplay() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null
                || "Monocle".equals(System.getProperty("glass.platform"));
    }
}
