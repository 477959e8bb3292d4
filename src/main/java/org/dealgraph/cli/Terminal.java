package org.dealgraph.cli;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Where a command writes: results to {@code out}, progress and messages to {@code err}. {@code interactive}
 * says whether a person watches (a terminal), which decides whether a progress bar is drawn.
 */
record Terminal(PrintStream out, PrintStream err, boolean interactive) {

    Terminal {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** The process's own standard streams. */
    static Terminal system() {
        return new Terminal(System.out, System.err, System.console() != null);
    }
}
