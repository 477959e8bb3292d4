/**
 * Analyse: an article's sentences, tokens and parts of speech (Apache OpenNLP), and the mentions in them:
 * organizations (gazetteer and patterns), people, money, dates, titles, and descriptors that stand for an
 * organization named elsewhere.
 *
 * <p>Its word lists are data files under {@code org/dealgraph/analyse/}, read once through
 * {@link org.dealgraph.lexicon.DataFile} and checked there: the gazetteer ({@code organizations.tsv} with
 * {@code organization-types.tsv}), the organization suffixes and descriptor nouns (one file each, with a
 * column of uses), titles, currencies, scales, the calendar, and the small cue lists of
 * {@code cue-words.tsv}.
 *
 * <p>In: {@link org.dealgraph.model.Article}. Out: {@link org.dealgraph.model.AnalysedArticle}. No Jena here.
 */
package org.dealgraph.analyse;
