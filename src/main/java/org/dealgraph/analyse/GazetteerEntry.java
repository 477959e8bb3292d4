package org.dealgraph.analyse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One organization the gazetteer knows.
 *
 * @param canonical its common full name, the name mentions of it carry
 * @param aliases   other names articles use for it (short forms, legal names, handles)
 * @param type      what kind of organization: company, fund, bank, government body, regulator, media outlet,
 *                  university, nonprofit, research institute, exchange
 * @param wikidata  its Wikidata ID, when certain
 * @param parent    the canonical name of the organization that owns it, when one does
 * @param field     what it makes, for descriptions that name a field ("chips" for "the chipmaker"), when known
 */
public record GazetteerEntry(String canonical, List<String> aliases, String type, Optional<String> wikidata,
                             Optional<String> parent, Optional<String> field) {

    public GazetteerEntry {
        Objects.requireNonNull(canonical, "canonical");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(wikidata, "wikidata");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(field, "field");
        if (canonical.isBlank()) {
            throw new IllegalArgumentException("blank canonical name");
        }
        if (wikidata.isPresent() && !wikidata.get().matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("bad Wikidata ID for " + canonical + ": " + wikidata.get());
        }
    }

    /** The canonical name followed by the aliases. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(canonical), aliases.stream()).toList();
    }
}
