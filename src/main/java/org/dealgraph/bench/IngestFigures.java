package org.dealgraph.bench;

import java.util.Map;

/**
 * One ingest of the corpus, end to end (reading files to committed graphs).
 *
 * @param workers           ingest workers
 * @param inputs            inputs seen
 * @param stored            articles stored
 * @param unchanged         articles skipped as unchanged
 * @param rejected          inputs rejected
 * @param tokens            words of the articles' bodies (whitespace-separated)
 * @param quads             quads written
 * @param seconds           wall time
 * @param articlesPerSecond inputs per second
 * @param tokensPerSecond   words per second
 * @param quadsPerSecond    quads written per second
 * @param stageSeconds      seconds per step, summed over threads
 * @param peakHeapBytes     most heap in use, sampled
 * @param peakLiveHeapBytes most heap in use right after a collection
 * @param storeBytes        the store's size on disk at the end of the ingest
 */
public record IngestFigures(int workers, int inputs, int stored, int unchanged, int rejected, long tokens, long quads,
                            double seconds, double articlesPerSecond, double tokensPerSecond, double quadsPerSecond,
                            Map<String, Double> stageSeconds, long peakHeapBytes, long peakLiveHeapBytes,
                            long storeBytes) {

    public IngestFigures {
        stageSeconds = Map.copyOf(stageSeconds);
    }
}
