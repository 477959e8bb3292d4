package org.dealgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One real organization or person, as resolved.
 *
 * @param key      its identity
 * @param name     its preferred name
 * @param aliases  other names articles use for it
 * @param wikidata its Wikidata ID, when known
 * @param category for an organization, what kind ("company", "fund", "government body"…), when known
 */
public record Entity(EntityKey key, String name, List<String> aliases, Optional<String> wikidata,
                     Optional<String> category) {

    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(wikidata, "wikidata");
        Objects.requireNonNull(category, "category");
    }
}
