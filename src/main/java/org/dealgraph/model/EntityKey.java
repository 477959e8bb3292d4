package org.dealgraph.model;

import java.util.Objects;

/**
 * The identity of one real organization or person, shared by every article that names it.
 *
 * @param kind organization or person
 * @param slug lowercase ASCII letters, digits and hyphens ("openai", "sam-altman")
 */
public record EntityKey(EntityKind kind, String slug) {

    public EntityKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slug, "slug");
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("bad entity slug: " + slug);
        }
    }
}
