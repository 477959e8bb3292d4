package org.dealgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a {@link CommandError} into its message and exit code. Anything else is a bug: its stack trace is
 * printed, and the exit code is {@link ExitCodes#FAILURE}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof CommandError error) {
            cli.getErr().println("dealgraph " + cli.getCommandName() + ": " + error.getMessage());
            cli.getErr().flush();
            return error.exitCode();
        }
        cli.getErr().println("dealgraph " + cli.getCommandName() + ": internal error (please report it):");
        e.printStackTrace(cli.getErr());
        cli.getErr().flush();
        return ExitCodes.FAILURE;
    }
}
