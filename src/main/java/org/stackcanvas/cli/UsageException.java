package org.stackcanvas.cli;

/** Wrong command-line usage: printed with a hint and exit code 2. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
