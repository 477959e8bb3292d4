package org.dealgraph.read;

import org.dealgraph.model.Article;

/**
 * Turns one attempt at reading an article into its outcome: the article, or a rejection with the reason.
 * The parsers some formats use recurse into nested markup (Markdown quotations within quotations, for
 * instance); a file nested deeply enough to exhaust the stack is rejected, and reading goes on.
 */
final class ReadAttempt {

    static final String NESTED_TOO_DEEPLY = "File is nested too deeply to read: its markup nests thousands of "
            + "levels deep; flatten it.";

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
        } catch (StackOverflowError e) {
            return new ReadResult.Rejected(source, NESTED_TOO_DEEPLY);
        }
    }
}
