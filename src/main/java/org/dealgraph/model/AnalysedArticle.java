package org.dealgraph.model;

import java.util.List;
import java.util.Objects;

/** An article with its sentences and the mentions found in them, ordered by position. */
public record AnalysedArticle(Article article, List<Sentence> sentences, List<Mention> mentions) {

    public AnalysedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        int length = article.text().length();
        for (Mention m : mentions) {
            if (m.span().end() > length) {
                throw new IllegalArgumentException("mention " + m.text() + " beyond the article text");
            }
            if (m.sentence() >= sentences.size()) {
                throw new IllegalArgumentException("mention " + m.text() + " in unknown sentence " + m.sentence());
            }
        }
    }
}
