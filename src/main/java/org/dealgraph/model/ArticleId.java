package org.dealgraph.model;

import java.util.Objects;

/**
 * The stable identity of an article: a lowercase hexadecimal digest of its canonical URL when it has
 * one, otherwise of its text. The article's named graph IRI is minted from it.
 */
public record ArticleId(String value) {

    public ArticleId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9a-f]{8,64}")) {
            throw new IllegalArgumentException("article id must be 8 to 64 lowercase hex digits: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
