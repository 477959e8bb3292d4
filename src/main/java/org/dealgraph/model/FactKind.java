package org.dealgraph.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dealgraph.model.KeyRecipe.Ends;
import org.dealgraph.model.KeyRecipe.Tail;

/**
 * The registry of the kinds of fact dealgraph extracts: one entry per kind, holding what every layer needs
 * of it that is not RDF. The entry's name ({@code FUNDING_ROUND}, {@link #id()} {@code funding-round}) is
 * the kind's one name; older strings that are published contracts (the IRI segment {@code round}, the
 * edge {@code invested-in}) are fields of the entry. The record that implements {@link Fact} for the kind
 * holds its fields and its merge policy ({@link Fact#mergedWith}); the RDF terms are in {@code rdf}, by
 * kind.
 */
public enum FactKind {
    ROLE(Role.class, List.of("person", "organization"), KeyRecipe.of(Ends.PAIR, Tail.TITLE),
            "role", "role", "roles", 7),
    PARTNERSHIP(Partnership.class, List.of("first", "second"), KeyRecipe.of(Ends.SET, Tail.NONE),
            "partnership", "partner", "partnerships", 5),
    DEAL(Deal.class, List.of("parties"), new KeyRecipe(Ends.SET, true, Tail.YEAR, Tail.VALUE_OR_YEAR),
            "deal", "deal", "deals", 1),
    INVESTMENT(Investment.class, List.of("investor", "investee"), KeyRecipe.of(Ends.PAIR, Tail.YEAR),
            "investment", "invested-in", "investments", 2),
    FUNDING_ROUND(FundingRound.class, List.of("investee", "investors"), KeyRecipe.of(Ends.FIRST, Tail.YEAR),
            "round", "invested-in", "funding rounds", 3),
    ACQUISITION(Acquisition.class, List.of("acquirer", "target"), KeyRecipe.of(Ends.PAIR, Tail.NONE),
            "acquisition", "acquired", "acquisitions", 4),
    SUBSIDIARY(Subsidiary.class, List.of("parent", "subsidiary"), KeyRecipe.of(Ends.PAIR, Tail.NONE),
            "ownership", "subsidiary", "subsidiaries", 6);

    private final Class<? extends Fact> type;
    private final List<String> roles;
    private final KeyRecipe key;
    private final String segment;
    private final String edge;
    private final String plural;
    private final int rank;

    FactKind(Class<? extends Fact> type, List<String> roles, KeyRecipe key, String segment, String edge,
             String plural, int rank) {
        this.type = type;
        this.roles = List.copyOf(roles);
        this.key = Objects.requireNonNull(key);
        this.segment = segment;
        this.edge = edge;
        this.plural = plural;
        this.rank = rank;
    }

    /** The record that holds facts of this kind. */
    public Class<? extends Fact> type() {
        return type;
    }

    /** The kind's name in files and options: {@code role}, {@code funding-round}… */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind's name in words, as ingest reports it: {@code role}, {@code funding round}… */
    public String noun() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Its name for many, as stats prints it: {@code funding rounds}, {@code subsidiaries}… */
    public String plural() {
        return plural;
    }

    /**
     * The names of its argument roles, in order: the record's components that hold entities, in the order
     * of {@link Fact#entities()} (a plural name holds any number of entities).
     */
    public List<String> roles() {
        return roles;
    }

    /** What tells two facts of this kind apart. */
    public KeyRecipe key() {
        return key;
    }

    /** The path segment of its IRIs, published and kept: {@code round} for a funding round. */
    public String segment() {
        return segment;
    }

    /** The kind of edge it gives in the property graph: {@code invested-in} for investments and rounds. */
    public String edge() {
        return edge;
    }

    /** Whether its entities have parts to play (investor, investee), so that its edges have a direction. */
    public boolean directed() {
        return key.ends() != Ends.SET;
    }

    /** Every kind in the order people read them, deals first and roles last (the order of stats). */
    public static List<FactKind> listed() {
        return Arrays.stream(values()).sorted(Comparator.comparingInt(k -> k.rank)).toList();
    }
}
