package org.stackcanvas.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A running Compose command: output streams to a consumer line by line, {@link #cancel()} ends the
 * whole process tree, {@link #await()} returns when it ends and turns a failure into a
 * {@link RuntimeProblem} carrying Compose's own message.
 */
public final class ComposeRun {

    private static final int STDERR_LINES_KEPT = 200;

    private final List<String> command;
    private final Process process;
    private final Thread stdoutReader;
    private final Thread stderrReader;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private volatile boolean cancelled;

    private ComposeRun(List<String> command, Process process, Consumer<String> output) {
        this.command = List.copyOf(command);
        this.process = process;
        this.stdoutReader = reader(process.getInputStream(), output, false);
        this.stderrReader = reader(process.getErrorStream(), output, true);
    }

    /** Starts {@code command}; {@code stdin} (null for none) is written to its standard input, which is then closed. */
    static ComposeRun start(List<String> command, Path directory, String stdin, Consumer<String> output)
            throws RuntimeProblem {
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        try {
            Process process = builder.start();
            // Readers first, so a chatty process cannot fill its output pipe while we write its input.
            ComposeRun run = new ComposeRun(command, process, output);
            writeInput(process, stdin);
            return run;
        } catch (IOException e) {
            throw new RuntimeProblem("Could not run '" + command.get(0) + "': " + e.getMessage() + ". "
                    + ComposeCli.INSTALL_HINT, -1, "", command, e);
        }
    }

    /**
     * Gives the process its input and closes it. A process that ends without reading it (a usage
     * error, say) closes the pipe first; its own output and exit code tell what happened.
     */
    private static void writeInput(Process process, String stdin) {
        try (java.io.OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // See above: the exit code and standard error carry the failure.
        }
    }

    private Thread reader(InputStream stream, Consumer<String> output, boolean keep) {
        Thread thread = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (keep) {
                        synchronized (stderrTail) {
                            stderrTail.addLast(line);
                            if (stderrTail.size() > STDERR_LINES_KEPT) {
                                stderrTail.removeFirst();
                            }
                        }
                    }
                    output.accept(line);
                }
            } catch (IOException e) {
                // The process ended or was destroyed: nothing more to read.
            }
        }, "compose-" + (keep ? "stderr" : "stdout"));
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    public List<String> command() {
        return command;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the command and every process it started. Safe to call from any thread, more than once. */
    public void cancel() {
        cancelled = true;
        ProcessTree.destroy(process);
    }

    /** Waits for the end; returns 0, or throws with Compose's message when it failed or was cancelled. */
    public int await() throws RuntimeProblem, InterruptedException {
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            cancel();
            throw e;
        }
        stdoutReader.join(5000);
        stderrReader.join(5000);
        String stderr;
        synchronized (stderrTail) {
            stderr = String.join("\n", stderrTail);
        }
        if (cancelled) {
            throw new RuntimeProblem("Cancelled: " + String.join(" ", command), exit, stderr, command, null);
        }
        if (exit != 0) {
            throw failure(command, exit, stderr);
        }
        return exit;
    }

    /**
     * The problem for a failed command: Compose's own last lines, then (when recognised) what they
     * mean and what to do, with the service they name.
     */
    static RuntimeProblem failure(List<String> command, int exit, String stderr) {
        ComposeFailure failure = ComposeFailure.read(stderr, projectName(command));
        String said = lastMeaningfulLines(stderr);
        String message = "Compose failed (exit code " + exit + ")" + (said.isEmpty() ? "" : ": " + said)
                + (failure.explanation().isEmpty() ? "" : "\n" + failure.explanation());
        return new RuntimeProblem(message, exit, stderr, command, null, failure.service().orElse(null));
    }

    /** The value of {@code -p} in a Compose command ({@link ComposeCli#base} always passes it). */
    static String projectName(List<String> command) {
        int at = command.indexOf("-p");
        return at >= 0 && at + 1 < command.size() ? command.get(at + 1) : "";
    }

    /** Compose's error is at the end of its standard error; progress lines come before it. */
    static String lastMeaningfulLines(String stderr) {
        List<String> lines = stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        int from = Math.max(0, lines.size() - 5);
        return String.join("\n", lines.subList(from, lines.size()));
    }
}
