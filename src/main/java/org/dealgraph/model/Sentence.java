package org.dealgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an article.
 *
 * @param index  its position in the article, from 0
 * @param span   where it stands in the article text
 * @param text   the sentence as written
 * @param tokens its tokens, in order, each inside {@code span}
 */
public record Sentence(int index, Span span, String text, List<Token> tokens) {

    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("negative sentence index " + index);
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        for (Token t : tokens) {
            if (!span.contains(t.span())) {
                throw new IllegalArgumentException("token " + t + " outside sentence " + span);
            }
        }
    }
}
