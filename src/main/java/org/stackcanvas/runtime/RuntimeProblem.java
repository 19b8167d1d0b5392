package org.stackcanvas.runtime;

import java.util.List;

/**
 * Starting, stopping or inspecting a stack failed. The message is meant for the user: what went
 * wrong (Compose's own words when Compose failed) and, when known, what to do.
 */
public final class RuntimeProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final String stderr;
    private final transient List<String> command;

    public RuntimeProblem(String message) {
        this(message, -1, "", List.of(), null);
    }

    public RuntimeProblem(String message, Throwable cause) {
        this(message, -1, "", List.of(), cause);
    }

    public RuntimeProblem(String message, int exitCode, String stderr, List<String> command, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.stderr = stderr == null ? "" : stderr;
        this.command = List.copyOf(command);
    }

    /** The failed command's exit code, or -1 when no command ran to its end. */
    public int exitCode() {
        return exitCode;
    }

    /** What the failed command wrote to standard error (may be empty). */
    public String stderr() {
        return stderr;
    }

    /** The command that failed, as run (empty when none ran). */
    public List<String> command() {
        return command == null ? List.of() : command;
    }
}
