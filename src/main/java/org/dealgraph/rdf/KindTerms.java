package org.dealgraph.rdf;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.model.FactKind;
import org.dealgraph.model.KindDefinition;

/**
 * The RDF side of the registry of kinds of fact: for each kind, the class of its nodes and the properties its
 * nodes carry, and how the property graph reads its edges. The built-in kinds' terms are written here (and
 * their triples by {@code FactMapper}); a kind defined by a kind file takes them from its definition. The JSON-LD
 * context, the edge query of the property graph and the resource pages are built from these. Every fact also
 * carries the shared {@code dg:status}, {@code dg:date} and {@code dg:evidence}.
 *
 * @param type      the class of its nodes
 * @param arguments the property of each role, in the order of the kind's roles
 * @param amounts   the properties that hold amounts of money (schema:MonetaryAmount nodes)
 * @param literals  the properties that hold literals, each with its datatype when not a plain string
 * @param shortcuts the derived properties written between its entities
 * @param edge      how its edges are read
 */
public record KindTerms(Resource type, Map<String, Property> arguments, List<Property> amounts,
                        Map<Property, Optional<XSDDatatype>> literals, List<Property> shortcuts, Edge edge) {

    /**
     * The edge of a fact in the property graph: from the entities under {@code source} to those under
     * {@code target} (every unordered pair when the kind is not directed), with the amount under {@code amount}
     * and the title under {@code title}, when given.
     */
    public record Edge(Property source, Property target, Optional<Property> amount, Optional<Property> title) {
    }

    private static final Map<FactKind, KindTerms> TERMS = terms();

    public KindTerms {
        arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        amounts = List.copyOf(amounts);
        literals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(literals));
        shortcuts = List.copyOf(shortcuts);
    }

    /** The terms of {@code kind}. */
    public static KindTerms of(FactKind kind) {
        return TERMS.get(kind);
    }

    /** The properties from a fact to its entities, of every kind of fact, each once, in the order of the kinds. */
    public static List<Property> allArguments() {
        return java.util.Arrays.stream(FactKind.values()).flatMap(k -> of(k).arguments().values().stream()).distinct().toList();
    }

    /** The properties from a fact to its amounts of money, of every kind of fact, each once, in the order of the kinds. */
    public static List<Property> allAmounts() {
        return java.util.Arrays.stream(FactKind.values()).flatMap(k -> of(k).amounts().stream()).distinct().toList();
    }

    private static Map<FactKind, KindTerms> terms() {
        Map<FactKind, KindTerms> t = new IdentityHashMap<>();
        Optional<Property> none = Optional.empty();
        t.put(FactKind.ROLE, new KindTerms(DG.Role, args("person", ORG.member, "organization", ORG.organization),
                List.of(), Map.of(SchemaDO.roleName, Optional.empty()), List.of(),
                new Edge(ORG.member, ORG.organization, none, Optional.of(SchemaDO.roleName))));
        t.put(FactKind.PARTNERSHIP, new KindTerms(DG.Partnership, args("first", DG.party, "second", DG.party),
                List.of(), Map.of(), List.of(DG.partnerOf), new Edge(DG.party, DG.party, none, none)));
        t.put(FactKind.DEAL, new KindTerms(DG.Deal, Map.of("parties", DG.party), List.of(DG.value),
                Map.of(DG.duration, Optional.of(XSDDatatype.XSDduration)), List.of(DG.partnerOf),
                new Edge(DG.party, DG.party, Optional.of(DG.value), none)));
        t.put(FactKind.INVESTMENT, new KindTerms(DG.Investment, args("investor", DG.investor, "investee", DG.investee),
                List.of(DG.amount), Map.of(), List.of(DG.investedIn),
                new Edge(DG.investor, DG.investee, Optional.of(DG.amount), none)));
        t.put(FactKind.FUNDING_ROUND, new KindTerms(DG.FundingRound,
                args("investee", DG.investee, "investors", DG.investor), List.of(DG.amount, DG.valuation),
                Map.of(DG.series, Optional.empty()), List.of(DG.investedIn),
                new Edge(DG.investor, DG.investee, none, Optional.of(DG.series))));
        t.put(FactKind.ACQUISITION, new KindTerms(DG.Acquisition, args("acquirer", DG.acquirer, "target", DG.target),
                List.of(DG.price), Map.of(), List.of(DG.acquired),
                new Edge(DG.acquirer, DG.target, Optional.of(DG.price), none)));
        t.put(FactKind.SUBSIDIARY, new KindTerms(DG.Ownership, args("parent", DG.parent, "subsidiary", DG.subsidiary),
                List.of(), Map.of(), List.of(ORG.subOrganizationOf, ORG.hasSubOrganization),
                new Edge(DG.parent, DG.subsidiary, none, none)));
        for (FactKind kind : FactKind.values()) {
            kind.definition().ifPresent(d -> t.put(kind, defined(d)));
            if (!t.containsKey(kind)) {
                throw new IllegalStateException("no RDF terms for the kind of fact " + kind);
            }
        }
        return t;
    }

    /** The terms a kind file names. */
    private static KindTerms defined(KindDefinition d) {
        Map<String, Property> arguments = new LinkedHashMap<>();
        d.roles().forEach(r -> arguments.put(r.name(), ResourceFactory.createProperty(r.property())));
        List<Property> properties = List.copyOf(arguments.values());
        Optional<Property> money = d.money().map(ResourceFactory::createProperty);
        return new KindTerms(ResourceFactory.createResource(d.type()), arguments, money.stream().toList(), Map.of(),
                d.shortcut().map(ResourceFactory::createProperty).stream().toList(),
                new Edge(properties.get(0), properties.get(Math.min(1, properties.size() - 1)), money, Optional.empty()));
    }

    private static Map<String, Property> args(String first, Property p, String second, Property q) {
        Map<String, Property> m = new LinkedHashMap<>();
        m.put(first, p);
        m.put(second, q);
        return m;
    }
}
