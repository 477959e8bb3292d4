package org.dealgraph.model;

import java.util.Objects;

/**
 * Where a fact comes from: the article, the sentence, the characters that state it, the rule that read
 * it there, and how sure that rule is.
 *
 * @param article    the article
 * @param sentence   the sentence's index in the article
 * @param span       the stated characters, in the article text
 * @param rule       the name of the extraction rule or pattern
 * @param confidence in [0, 1]
 */
public record Provenance(ArticleId article, int sentence, Span span, String rule, double confidence) {

    public Provenance {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(rule, "rule");
        if (sentence < 0) {
            throw new IllegalArgumentException("negative sentence index " + sentence);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
    }
}
