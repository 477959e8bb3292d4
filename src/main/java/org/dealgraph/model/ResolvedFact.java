package org.dealgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A fact with the identity of the real-world fact it tells.
 *
 * @param key      the identity shared by every article that tells this fact
 * @param fact     the fact, with the fullest values the article gives for it
 * @param evidence every place in the article that states it, at least one
 */
public record ResolvedFact(FactKey key, Fact fact, List<Provenance> evidence) {

    public ResolvedFact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fact, "fact");
        evidence = List.copyOf(evidence);
        if (key.kind() != fact.kind()) {
            throw new IllegalArgumentException("a " + fact.kind() + " fact under a " + key.kind() + " key");
        }
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a fact without evidence: " + key);
        }
    }
}
