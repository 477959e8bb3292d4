package org.dealgraph.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link CorpusBench} measured.
 *
 * @param machine                      where it ran
 * @param corpus                       the name of the folder copied
 * @param copies                       copies of it ingested
 * @param sourceArticles               articles read from the folder
 * @param unreadable                   inputs of the folder that could not be read, left out of the copies
 * @param articles                     articles ingested, over all copies
 * @param words                        words of those articles (whitespace-separated)
 * @param ingestRuns                   articles per second of every ingest run, in the order they ran
 * @param ingest                       the median run
 * @param stageSecondsPerThousandWords the median run's seconds per 1,000 words in read, analyse, extract,
 *                                     resolve, map and store, summed over threads
 * @param bulk                         TDB2's bulk loader on the quads of the median run
 */
public record CorpusBenchResults(Machine machine, String corpus, int copies, int sourceArticles, int unreadable,
                                 int articles, long words, List<Double> ingestRuns, IngestFigures ingest,
                                 Map<String, Double> stageSecondsPerThousandWords, BulkFigures bulk) {

    public CorpusBenchResults {
        ingestRuns = List.copyOf(ingestRuns);
        stageSecondsPerThousandWords = Collections.unmodifiableMap(new LinkedHashMap<>(stageSecondsPerThousandWords));
    }
}
