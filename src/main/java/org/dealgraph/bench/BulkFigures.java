package org.dealgraph.bench;

/**
 * TDB2's bulk loader on the quads the ingest wrote, into a new database.
 *
 * @param loader             which of TDB2's loaders
 * @param quads              quads loaded
 * @param seconds            wall time, parsing the N-Quads file included: the median of as many loads as ingest runs
 * @param quadsPerSecond     quads per second
 * @param ingestRatio        the whole ingest's time over the bulk load's
 * @param storeStageRatio    the ingest's store step (write transactions) over the bulk load's time
 * @param bytes              the bulk-loaded database's size on disk
 */
public record BulkFigures(String loader, long quads, double seconds, double quadsPerSecond, double ingestRatio,
                          double storeStageRatio, long bytes) {
}
