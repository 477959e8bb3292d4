package org.dealgraph.ingest;

/** A pipeline stage failed on one article; the message names the stage and what it reported. */
final class StageFailure extends RuntimeException {

    StageFailure(String stage, RuntimeException cause) {
        super("the " + stage + " stage failed: " + describe(cause), cause);
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getName() : message;
    }
}
