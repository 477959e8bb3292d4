package org.dealgraph.ingest;

/**
 * A pipeline stage failed on one article, or the article went over its budget; the message names the stage and
 * what it reported, or the limit: the reason an ingest gives when it rejects the article.
 */
public final class StageFailure extends RuntimeException {

    StageFailure(String stage, RuntimeException cause) {
        super("the " + stage + " stage failed: " + describe(cause), cause);
    }

    private StageFailure(String message) {
        super(message);
    }

    /** The article is over its {@link ArticleBudget}, for {@code reason}. */
    static StageFailure overBudget(String reason) {
        return new StageFailure("over the article budget: " + reason);
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getName() : message;
    }
}
