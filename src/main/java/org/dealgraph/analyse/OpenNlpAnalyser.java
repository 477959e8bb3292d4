package org.dealgraph.analyse;

import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.Article;

/** PLACEHOLDER (replaced by the analyse stage's author). */
public final class OpenNlpAnalyser implements Analyser {

    public static OpenNlpAnalyser load() {
        return new OpenNlpAnalyser();
    }

    @Override
    public AnalysedArticle analyse(Article article) {
        throw new UnsupportedOperationException("placeholder: being written");
    }
}
