package org.dealgraph.model;

import java.util.List;
import java.util.Objects;

/** An analysed article with the facts extracted from it. */
public record ExtractedArticle(AnalysedArticle analysed, List<Fact> facts) {

    public ExtractedArticle {
        Objects.requireNonNull(analysed, "analysed");
        facts = List.copyOf(facts);
        ArticleId id = analysed.article().id();
        for (Fact f : facts) {
            if (!f.provenance().article().equals(id)) {
                throw new IllegalArgumentException("fact from another article: " + f);
            }
        }
    }

    public Article article() {
        return analysed.article();
    }
}
