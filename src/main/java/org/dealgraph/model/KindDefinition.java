package org.dealgraph.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of fact as its kind file defines it (the format is in {@code docs/adding-a-kind-of-fact.md}): its
 * roles, key recipe, merge policy, RDF terms, IRI segment, edge and listing rank. Checked when read.
 *
 * @param id       its one name, lower case with hyphens ({@code lawsuit})
 * @param source   the kind file's name, for messages
 * @param lines    where each top-level key is written ("lawsuit.yaml line 3"), for messages
 * @param roles    its argument roles in order, each with the entities it takes and its RDF property
 * @param type     the IRI of the class of its nodes
 * @param money    the IRI of the property that holds its amount of money, when it has one
 * @param shortcut the IRI of the property written from the first role's entity to the second's when the
 *                 status affirms the fact (as {@code dg:acquired} for acquisitions), when it has one
 */
public record KindDefinition(String id, String source, Map<String, String> lines, String plural, int rank,
                             List<RoleDef> roles, KeyRecipe key, Merge merge, String type, Optional<String> money,
                             Optional<String> shortcut, String segment, String edge) {

    public KindDefinition {
        Objects.requireNonNull(id, "id");
        lines = Map.copyOf(lines);
        roles = List.copyOf(roles);
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(merge, "merge");
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(shortcut, "shortcut");
    }

    /** "lawsuit.yaml line 3": where {@code key} is written, else the file. */
    public String where(String key) {
        return lines.getOrDefault(key, source);
    }

    /**
     * One argument role.
     *
     * @param name     its name, as rule files name the argument ({@code plaintiff})
     * @param entity   the kind of entity it takes, or empty for organizations and people alike
     * @param many     whether it holds any number of entities (a funding round's investors) rather than one
     * @param property the IRI of the property from the fact's node to each of its entities
     */
    public record RoleDef(String name, Optional<EntityKind> entity, boolean many, String property) {

        public RoleDef {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(property, "property");
        }

        /** Whether {@code ref} may fill this role. */
        public boolean takes(EntityRef ref) {
            return entity.isEmpty() || entity.get() == ref.kind();
        }
    }

    /** How the facts of one key told in one article become one: a small fixed set. */
    public enum Merge {
        /** Nothing to merge: the first fact told. */
        FIRST("first"),
        /** Every entity of a plural role named anywhere, the first amount stated, the most definite status, the most precise date. */
        UNION("union"),
        /** As {@link #UNION}, but the largest amount stated instead of the first. */
        LARGEST("largest");

        private final String fileName;

        Merge(String fileName) {
            this.fileName = fileName;
        }

        /** Its name in kind files. */
        public String fileName() {
            return fileName;
        }
    }
}
