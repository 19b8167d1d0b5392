package org.stackcanvas.runtime;

import java.util.List;
import java.util.Optional;

/**
 * Starting, stopping or inspecting a stack failed. The message is meant for the user: what went
 * wrong (Compose's own words when Compose failed) and, when known, what to do.
 */
public final class RuntimeProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final String stderr;
    private final transient List<String> command;
    private final String failedService;

    public RuntimeProblem(String message) {
        this(message, -1, "", List.of(), null);
    }

    public RuntimeProblem(String message, Throwable cause) {
        this(message, -1, "", List.of(), cause);
    }

    public RuntimeProblem(String message, int exitCode, String stderr, List<String> command, Throwable cause) {
        this(message, exitCode, stderr, command, cause, null);
    }

    /** With the service the failure belongs to (null when it belongs to none or is not known). */
    public RuntimeProblem(String message, int exitCode, String stderr, List<String> command, Throwable cause,
            String failedService) {
        super(message, cause);
        this.exitCode = exitCode;
        this.stderr = stderr == null ? "" : stderr;
        this.command = List.copyOf(command);
        this.failedService = failedService == null || failedService.isBlank() ? null : failedService;
    }

    /** The service that failed (the editor highlights it), when the failure names one. */
    public Optional<String> failedService() {
        return Optional.ofNullable(failedService);
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
