/**
 * Analyse: an article's sentences, tokens and parts of speech (Apache OpenNLP), and the mentions in them:
 * organizations (gazetteer and patterns), people, money, dates, titles, and descriptors that stand for an
 * organization named elsewhere.
 *
 * <p>In: {@link org.dealgraph.model.Article}. Out: {@link org.dealgraph.model.AnalysedArticle}. No Jena here.
 */
package org.dealgraph.analyse;
