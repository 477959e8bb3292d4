package org.dealgraph.extract;

import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.ExtractedArticle;

/** Finds the facts an analysed article states. Thread-safe. */
public interface Extractor {

    ExtractedArticle extract(AnalysedArticle article);
}
