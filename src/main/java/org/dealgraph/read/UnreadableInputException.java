package org.dealgraph.read;

/**
 * Bad content found while reading a file: carries the short sentence that becomes the
 * {@link ReadResult.Rejected#reason()}. Readers catch it and return a rejection; it never leaves the package.
 */
final class UnreadableInputException extends Exception {

    UnreadableInputException(String reason) {
        super(reason, null, false, false);
    }

    /** The sentence a user reads, naming the problem. */
    String reason() {
        return getMessage();
    }
}
