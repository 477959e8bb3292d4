package org.dealgraph.spark;

/**
 * What a run came to: articles written and inputs rejected (counted by Spark's accumulators, so a task run again
 * after a failure may count twice; the output itself holds each once), and how long it took.
 */
public record JobSummary(long articles, long rejected, double seconds) {

    /** One line for people. */
    public String describe(String output) {
        return String.format("dealgraph spark: %,d articles written to %s/%s, %,d inputs rejected (listed in %s/%s), "
                        + "in %.1f s (%.1f articles/s)", articles, output, OutputKind.GRAPHS.folder(), rejected,
                output, OutputKind.REJECTED.folder(), seconds, seconds > 0 ? articles / seconds : 0.0);
    }
}
