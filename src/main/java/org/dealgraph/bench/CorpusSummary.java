package org.dealgraph.bench;

import java.util.Map;

/**
 * What {@link CorpusGenerator#write} wrote.
 *
 * @param articles articles written
 * @param files    files written (a JSON Lines file holds several articles)
 * @param bytes    bytes written
 * @param words    words in the articles' bodies
 * @param byFormat articles per file extension
 * @param seconds  time taken
 */
public record CorpusSummary(int articles, int files, long bytes, long words, Map<String, Integer> byFormat,
                            double seconds) {

    public CorpusSummary {
        byFormat = Map.copyOf(byFormat);
    }
}
