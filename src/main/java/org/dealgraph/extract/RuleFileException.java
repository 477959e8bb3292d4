package org.dealgraph.extract;

/** A rule file that cannot be read as written: the message names the file, the line and the value. */
final class RuleFileException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    RuleFileException(String file, int line, String message) {
        this(file + " line " + line, message);
    }

    /** At {@code where}, "acquisition.yaml line 12". */
    RuleFileException(String where, String message) {
        super(where + ": " + message);
    }
}
