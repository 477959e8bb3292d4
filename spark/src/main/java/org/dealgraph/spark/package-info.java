/**
 * Spark: dealgraph's text pipeline (read, analyse, extract, resolve, map) as an Apache Spark job, for archives
 * larger than one machine ingests. {@link org.dealgraph.spark.ArticleJob} reads article files from any
 * Hadoop-readable path or glob and writes, per partition, gzipped N-Quads (each article's named graph whole, as
 * {@code dealgraph ingest} stores it), a manifest of articles and content hashes, and the inputs rejected with
 * the reasons an ingest gives.
 *
 * <p>In: {@link org.dealgraph.spark.JobSettings}. Out: the folders {@code graphs/}, {@code manifest/} and
 * {@code rejected/} under the output, and a {@link org.dealgraph.spark.JobSummary}.
 */
package org.dealgraph.spark;
