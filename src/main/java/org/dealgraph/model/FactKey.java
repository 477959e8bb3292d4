package org.dealgraph.model;

import java.util.Objects;

/**
 * The identity of one real fact, shared by every article that tells it: the same deal told by two
 * articles has one key.
 *
 * @param kind the kind of fact
 * @param slug lowercase ASCII letters, digits and hyphens; a double hyphen separates the parts of a
 *             compound key ({@code "microsoft--openai-2019"})
 */
public record FactKey(FactKind kind, String slug) {

    public FactKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slug, "slug");
        if (!slug.matches("[a-z0-9]+(-{1,2}[a-z0-9]+)*")) {
            throw new IllegalArgumentException("bad fact slug: " + slug);
        }
    }
}
