package org.dealgraph.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dealgraph.model.KeyRecipe.Ends;
import org.dealgraph.model.KeyRecipe.Tail;

/**
 * The registry of the kinds of fact dealgraph extracts: one entry per kind, holding what every layer needs
 * of it that is not RDF. The seven built-in kinds are the constants here, each with its own record; a kind
 * defined by data is read from a kind file on the class path ({@link KindFiles}) and holds its facts in
 * {@link DefinedFact}, its roles, merge policy and RDF terms in its {@link #definition()}.
 *
 * <p>The entry's name ({@code FUNDING_ROUND}, {@link #id()} {@code funding-round}) is the kind's one name;
 * older strings that are published contracts (the IRI segment {@code round}, the edge {@code invested-in})
 * are fields of the entry. Entries are compared by identity: there is one per kind.
 */
public final class FactKind {

    public static final FactKind ROLE = new FactKind("ROLE", Role.class, List.of("person", "organization"),
            KeyRecipe.of(Ends.PAIR, Tail.TITLE), "role", "role", "roles", 7, Optional.empty());
    public static final FactKind PARTNERSHIP = new FactKind("PARTNERSHIP", Partnership.class, List.of("first", "second"),
            KeyRecipe.of(Ends.SET, Tail.NONE), "partnership", "partner", "partnerships", 5, Optional.empty());
    public static final FactKind DEAL = new FactKind("DEAL", Deal.class, List.of("parties"),
            new KeyRecipe(Ends.SET, true, Tail.YEAR, Tail.VALUE_OR_YEAR), "deal", "deal", "deals", 1, Optional.empty());
    public static final FactKind INVESTMENT = new FactKind("INVESTMENT", Investment.class, List.of("investor", "investee"),
            KeyRecipe.of(Ends.PAIR, Tail.YEAR), "investment", "invested-in", "investments", 2, Optional.empty());
    public static final FactKind FUNDING_ROUND = new FactKind("FUNDING_ROUND", FundingRound.class,
            List.of("investee", "investors"), KeyRecipe.of(Ends.FIRST, Tail.YEAR), "round", "invested-in",
            "funding rounds", 3, Optional.empty());
    public static final FactKind ACQUISITION = new FactKind("ACQUISITION", Acquisition.class, List.of("acquirer", "target"),
            KeyRecipe.of(Ends.PAIR, Tail.NONE), "acquisition", "acquired", "acquisitions", 4, Optional.empty());
    public static final FactKind SUBSIDIARY = new FactKind("SUBSIDIARY", Subsidiary.class, List.of("parent", "subsidiary"),
            KeyRecipe.of(Ends.PAIR, Tail.NONE), "ownership", "subsidiary", "subsidiaries", 6, Optional.empty());

    /** Every kind: the built-in ones in this order, then those of the kind files on the class path. */
    private static final List<FactKind> ALL = all();

    private final String name;
    private final Class<? extends Fact> type;
    private final List<String> roles;
    private final KeyRecipe key;
    private final String segment;
    private final String edge;
    private final String plural;
    private final int rank;
    private final Optional<KindDefinition> definition;

    private FactKind(String name, Class<? extends Fact> type, List<String> roles, KeyRecipe key, String segment,
                     String edge, String plural, int rank, Optional<KindDefinition> definition) {
        this.name = name;
        this.type = type;
        this.roles = List.copyOf(roles);
        this.key = Objects.requireNonNull(key);
        this.segment = segment;
        this.edge = edge;
        this.plural = plural;
        this.rank = rank;
        this.definition = definition;
    }

    /** The entry of a kind file. */
    static FactKind defined(KindDefinition d) {
        return new FactKind(d.id().toUpperCase(Locale.ROOT).replace('-', '_'), DefinedFact.class,
                d.roles().stream().map(KindDefinition.RoleDef::name).toList(), d.key(), d.segment(), d.edge(),
                d.plural(), d.rank(), Optional.of(d));
    }

    /** The constant's name: {@code FUNDING_ROUND}, or the upper-case id of a kind defined by a file. */
    public String name() {
        return name;
    }

    /** The record that holds facts of this kind: {@link DefinedFact} for a kind defined by a file. */
    public Class<? extends Fact> type() {
        return type;
    }

    /** The kind's name in files and options: {@code role}, {@code funding-round}… */
    public String id() {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind's name in words, as ingest reports it: {@code role}, {@code funding round}… */
    public String noun() {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
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

    /** What its kind file says, for a kind defined by data; empty for the built-in kinds. */
    public Optional<KindDefinition> definition() {
        return definition;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Every kind: the seven built-in ones first, in a fixed order, then the kinds defined by files. */
    public static FactKind[] values() {
        return ALL.toArray(new FactKind[0]);
    }

    /** Every kind in the order people read them, deals first and roles last (the order of stats). */
    public static List<FactKind> listed() {
        return ALL.stream().sorted(Comparator.comparingInt(k -> k.rank)).toList();
    }

    /** The kind whose {@link #id()} is {@code id}, if there is one. */
    public static Optional<FactKind> byId(String id) {
        return ALL.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    private static List<FactKind> all() {
        List<FactKind> all = new ArrayList<>(List.of(ROLE, PARTNERSHIP, DEAL, INVESTMENT, FUNDING_ROUND, ACQUISITION,
                SUBSIDIARY));
        for (KindDefinition d : KindFiles.onClassPath()) {
            FactKind kind = defined(d);
            for (FactKind other : all) {
                clash(d, "id", kind.id(), other.id());
                clash(d, "segment", kind.segment, other.segment);
                clash(d, "plural", kind.plural, other.plural);
            }
            all.add(kind);
        }
        Map<String, FactKind> byEdge = new HashMap<>();
        for (FactKind k : all) {
            FactKind first = byEdge.putIfAbsent(k.edge, k);
            if (first != null && first.directed() != k.directed()) {
                throw new KindFileException(k.definition.map(d -> d.where("edge")).orElse(k.name),
                        "edge '" + k.edge + "' is " + (first.directed() ? "" : "not ") + "directed for " + first.id());
            }
        }
        return List.copyOf(all);
    }

    private static void clash(KindDefinition d, String what, String value, String other) {
        if (value.equals(other)) {
            throw new KindFileException(d.where(what), what + " '" + value + "' is taken by another kind of fact");
        }
    }
}
