/**
 * Read: article files to {@link org.dealgraph.model.Article} records, one {@link org.dealgraph.read.ArticleReader}
 * per format (plain text, Markdown with front matter, HTML, JSON, JSON Lines). The HTML elements left out of
 * an article's text are the data file {@code html-elements.tsv}.
 *
 * <p>In: paths. Out: {@link org.dealgraph.read.ReadResult}s, an article or a rejection naming the file and
 * the problem. No Jena here.
 */
package org.dealgraph.read;
