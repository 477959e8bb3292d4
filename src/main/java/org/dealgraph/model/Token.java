package org.dealgraph.model;

import java.util.Objects;

/**
 * A token with its part of speech.
 *
 * @param text the token as written
 * @param span where it stands in the article text
 * @param pos  its Universal Dependencies part-of-speech tag ({@code PROPN}, {@code NOUN}, {@code VERB}…)
 */
public record Token(String text, Span span, String pos) {

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(pos, "pos");
    }
}
