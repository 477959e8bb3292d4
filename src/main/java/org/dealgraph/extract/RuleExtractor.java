package org.dealgraph.extract;

import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.ExtractedArticle;

/** PLACEHOLDER (replaced by the extract stage's author). */
public final class RuleExtractor implements Extractor {

    public static RuleExtractor load() {
        return new RuleExtractor();
    }

    @Override
    public ExtractedArticle extract(AnalysedArticle article) {
        throw new UnsupportedOperationException("placeholder: being written");
    }
}
