package org.stackcanvas;

import org.stackcanvas.cli.Cli;
import org.stackcanvas.ui.EditorLauncher;

/**
 * Entry point. A known command runs headless (no display needed); anything else opens the editor,
 * with the argument as the file or folder to open. Kept free of JavaFX so the CLI starts without it.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Cli cli = new Cli();
        if (args.length > 0 && cli.isCommand(args[0])) {
            System.exit(cli.run(args, System.out, System.err));
        }
        EditorLauncher.launch(args);
    }
}
