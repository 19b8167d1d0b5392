package org.stackcanvas.cli;

import java.io.PrintStream;
import java.util.List;
import org.stackcanvas.document.DocumentException;

/** One sub-command of the command line. */
interface CliCommand {

    String name();

    /** One line for the command list. */
    String summary();

    /** The full help text for {@code <command> --help}. */
    String help();

    /** Runs with the arguments after the command name; returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, DocumentException;
}
