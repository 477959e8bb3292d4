package org.dealgraph.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article whose facts are tied to shared entities and facts.
 *
 * @param extracted  the article and its facts
 * @param entities   every entity the article names, once each
 * @param entityKeys the entity each reference in the facts (and each named mention) stands for
 * @param facts      the article's facts, each with its key; facts the article states twice appear once
 */
public record ResolvedArticle(ExtractedArticle extracted, List<Entity> entities, Map<EntityRef, EntityKey> entityKeys,
                              List<ResolvedFact> facts) {

    public ResolvedArticle {
        Objects.requireNonNull(extracted, "extracted");
        entities = List.copyOf(entities);
        entityKeys = Map.copyOf(entityKeys);
        facts = List.copyOf(facts);
        for (ResolvedFact f : facts) {
            for (EntityRef ref : f.fact().entities()) {
                if (!entityKeys.containsKey(ref)) {
                    throw new IllegalArgumentException("unresolved entity " + ref.name() + " in " + f.key());
                }
            }
        }
    }

    public Article article() {
        return extracted.article();
    }

    /** The entity a reference stands for. */
    public EntityKey key(EntityRef ref) {
        EntityKey key = entityKeys.get(ref);
        if (key == null) {
            throw new IllegalArgumentException("unresolved entity " + ref.name());
        }
        return key;
    }
}
