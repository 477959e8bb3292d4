/**
 * Bench: measures dealgraph on a synthetic corpus. {@link org.dealgraph.bench.CorpusGenerator} writes
 * news-like articles in every format dealgraph reads, deterministic for a seed;
 * {@link org.dealgraph.bench.Benchmark} ingests them, compares the store's cost with TDB2's bulk loader,
 * times the shipped SPARQL queries on a small and a large store, loads the SPARQL server with concurrent
 * clients, and writes the figures as JSON and Markdown.
 *
 * <p>In: {@link org.dealgraph.bench.BenchSettings}. Out: {@code bench.json} and {@code bench.md}.
 */
package org.dealgraph.bench;
