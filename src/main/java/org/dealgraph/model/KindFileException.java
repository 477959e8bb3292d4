package org.dealgraph.model;

/** A kind file that cannot be read as written: the message names the file, the line and the value. */
public final class KindFileException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** At {@code where}, "lawsuit.yaml line 12". */
    public KindFileException(String where, String message) {
        super(where + ": " + message);
    }
}
