package org.dealgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An entity as one article names it, before resolution: the normalised name of its mention
 * ({@link Mention#name()}), and the Wikidata ID when the gazetteer knows it.
 */
public record EntityRef(EntityKind kind, String name, Optional<String> wikidata) {

    public EntityRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(wikidata, "wikidata");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank entity name");
        }
    }

    public static EntityRef organization(String name) {
        return new EntityRef(EntityKind.ORGANIZATION, name, Optional.empty());
    }

    public static EntityRef person(String name) {
        return new EntityRef(EntityKind.PERSON, name, Optional.empty());
    }

    /** The reference a mention of an organization or a person makes. */
    public static EntityRef of(Mention m) {
        EntityKind kind = switch (m.type()) {
            case PERSON -> EntityKind.PERSON;
            case ORGANIZATION, DESCRIPTOR -> EntityKind.ORGANIZATION;
            default -> throw new IllegalArgumentException("a " + m.type() + " mention names no entity: " + m.text());
        };
        return new EntityRef(kind, m.name(), m.wikidata());
    }
}
