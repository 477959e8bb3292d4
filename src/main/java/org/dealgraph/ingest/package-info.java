/**
 * Ingest: the pipeline run over a batch of files. {@link org.dealgraph.ingest.Pipeline} holds the stages
 * (read, analyse, extract, resolve, map to RDF); {@link org.dealgraph.ingest.Ingestor} runs them for each
 * article and writes each article's graph to the store whole, skipping articles whose content is unchanged.
 *
 * <p>In: paths and an {@link org.dealgraph.store.ArticleStore}. Out: one
 * {@link org.dealgraph.ingest.IngestOutcome} per input and an {@link org.dealgraph.ingest.IngestReport}.
 */
package org.dealgraph.ingest;
