package org.dealgraph.read;

import org.dealgraph.model.Article;

/** Turns one attempt at reading an article into its outcome: the article, or a rejection with the reason. */
final class ReadAttempt {

    /** The reading itself, which may find bad content. */
    @FunctionalInterface
    interface Reading {
        Article read() throws UnreadableInputException;
    }

    private ReadAttempt() {
    }

    static ReadResult of(String source, Reading reading) {
        try {
            return new ReadResult.Read(reading.read());
        } catch (UnreadableInputException e) {
            return new ReadResult.Rejected(source, e.reason());
        }
    }
}
