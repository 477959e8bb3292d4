package org.dealgraph.cli;

/** The exit codes of every dealgraph command. */
public final class ExitCodes {

    /** Done: every input stored or unchanged, the query answered, the export written. */
    public static final int OK = 0;
    /** Failed: bad configuration (the message names the setting and the fix), a missing store, an I/O error. */
    public static final int FAILURE = 1;
    /** Bad usage: an unknown command or option, a missing argument, a SPARQL syntax error. */
    public static final int USAGE = 2;
    /** Ingest finished, but some inputs were rejected (each is listed with its reason); the rest were stored. */
    public static final int REJECTED = 3;

    private ExitCodes() {
    }
}
