package org.stackcanvas.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stackcanvas.document.DocumentException;

/**
 * The headless entry point. Exit codes: 0 success, 1 a problem with the input (printed as
 * {@code file:line:col: message}), 2 wrong usage.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int INPUT_PROBLEM = 1;
    public static final int USAGE = 2;

    private final Map<String, CliCommand> commands = new LinkedHashMap<>();

    public Cli() {
        this(System.getenv(), Path.of("").toAbsolutePath());
    }

    /** With the process environment and working folder given, so tests are deterministic. */
    public Cli(Map<String, String> environment, Path workingDirectory) {
        for (CliCommand command : List.of(new RoundtripCli(), new EditCli(),
                new ConfigCli(environment, workingDirectory), new LintCli(environment, workingDirectory),
                new RulesCli(), new DiagramCli(environment, workingDirectory),
                new BenchCli(environment, workingDirectory))) {
            commands.put(command.name(), command);
        }
        for (CliCommand command : StackCli.all(environment, workingDirectory)) {
            commands.put(command.name(), command);
        }
    }

    public boolean isCommand(String word) {
        return commands.containsKey(word) || word.equals("help") || word.equals("--help") || word.equals("-h");
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            if (args.length > 1 && commands.containsKey(args[1])) {
                out.print(commands.get(args[1]).help());
            } else {
                out.print(overview());
            }
            return OK;
        }
        CliCommand command = commands.get(args[0]);
        if (command == null) {
            err.println("stackcanvas: unknown command '" + args[0] + "'");
            err.print(overview());
            return USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(command.help());
            return OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (DocumentException e) {
            err.println(e.describe());
            return INPUT_PROBLEM;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Never a stack trace for the user: say what failed and how to report it.
            err.println("stackcanvas: internal error in '" + args[0] + "': " + e
                    + "; please report it with the input file");
            return INPUT_PROBLEM;
        }
    }

    private String overview() {
        StringBuilder out = new StringBuilder("""
                StackCanvas: a desktop editor and checker for Docker Compose stacks.

                Usage: stackcanvas [FILE|FOLDER]          open the editor (a sample stack when none is given)
                       stackcanvas COMMAND [ARGS...]      run a command without a display

                Commands:
                """);
        for (CliCommand command : commands.values()) {
            out.append(String.format("  %-10s %s%n", command.name(), command.summary()));
        }
        out.append("\nRun 'stackcanvas COMMAND --help' for a command's options.\n");
        return out.toString();
    }
}
