package org.dealgraph.cli;

/**
 * A failure the user can fix (bad configuration, a missing store, an unreadable query file): reported as
 * its message alone, without a stack trace, and ending the command with {@link #exitCode()}.
 */
final class CommandError extends RuntimeException {

    private final int exitCode;

    CommandError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A failure with exit code {@link ExitCodes#FAILURE}. */
    static CommandError failure(String message) {
        return new CommandError(message, ExitCodes.FAILURE);
    }

    /** A usage error with exit code {@link ExitCodes#USAGE}. */
    static CommandError usage(String message) {
        return new CommandError(message, ExitCodes.USAGE);
    }

    int exitCode() {
        return exitCode;
    }
}
