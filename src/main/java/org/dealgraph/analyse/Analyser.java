package org.dealgraph.analyse;

import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.Article;

/** Splits an article into sentences and tokens and finds the mentions in it. Thread-safe. */
public interface Analyser {

    AnalysedArticle analyse(Article article);
}
