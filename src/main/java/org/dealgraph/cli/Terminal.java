package org.dealgraph.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * Where a command writes: results to {@code out}, progress and messages to {@code err}. {@code interactive}
 * says whether a person watches (a terminal), which decides whether a progress bar is drawn; {@code columns}
 * is how wide a line may be, for the progress bar and query tables.
 */
record Terminal(PrintStream out, PrintStream err, boolean interactive, int columns) {

    /** The width used when the environment gives none. */
    static final int DEFAULT_COLUMNS = 100;

    Terminal {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be 1 or more: " + columns);
        }
    }

    /** A terminal of the default width. */
    Terminal(PrintStream out, PrintStream err, boolean interactive) {
        this(out, err, interactive, DEFAULT_COLUMNS);
    }

    /** The process's own standard streams, as wide as {@code COLUMNS} says. */
    static Terminal system() {
        return new Terminal(System.out, System.err, System.console() != null, columns(System.getenv()));
    }

    /** The width {@code COLUMNS} gives in {@code environment}, or {@link #DEFAULT_COLUMNS}. */
    static int columns(Map<String, String> environment) {
        try {
            int columns = Integer.parseInt(environment.getOrDefault("COLUMNS", "").trim());
            return columns > 0 ? columns : DEFAULT_COLUMNS;
        } catch (NumberFormatException e) {
            return DEFAULT_COLUMNS;
        }
    }
}
