package org.dealgraph.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.Literals;

/**
 * How connected each party of the summary's facts is, kept beside the facts so that {@code centrality.rq} reads one
 * counter per party instead of every fact and every pair of its parties. A party's counter ({@code dg:PartyCount})
 * names it ({@code dg:countedParty}) and holds the number of distinct other parties it shares a fact with
 * ({@code dg:counterpartyCount}) and the number of facts it shares with at least one of them ({@code dg:factCount});
 * a party that shares no fact has no counter. The parties of a fact are the objects of its arguments between
 * parties ({@link #ARGUMENTS}). Each pair of parties that share facts has a counter too, a node with nothing but
 * the number of facts they share ({@code dg:factCount}), named by a digest of the two.
 *
 * <p>The counters follow the facts' summaries in the same write. {@link Changes} gathers, fact by fact, the parties
 * a fact had and has now; {@link Changes#apply} moves each party's number of facts by what was gathered, each pair's
 * number of shared facts likewise, and a party's number of counterparties by its pairs that came to share their
 * first fact or ceased to share their last. A write thus reads and writes only the counters of the parties and pairs
 * it changed, however many facts they share.
 */
final class PartyCounts {

    /** A party's figures: its distinct counterparties and the facts it shares with them. */
    record Counts(long counterparties, long facts) {
        Counts plus(Counts other) {
            return new Counts(counterparties + other.counterparties, facts + other.facts);
        }

        boolean none() {
            return counterparties <= 0 && facts <= 0;
        }
    }

    /** The arguments of a fact whose objects are its parties, as {@code centrality.rq} counts them. */
    static final List<Node> ARGUMENTS = List.of(DG.party.asNode(), DG.investor.asNode(), DG.investee.asNode(),
            DG.acquirer.asNode(), DG.target.asNode(), DG.parent.asNode(), DG.subsidiary.asNode());

    private static final Node TYPE = RDF.type.asNode();
    private static final Node PARTY_COUNT = DG.PartyCount.asNode();
    private static final Node COUNTED_PARTY = DG.countedParty.asNode();
    private static final Node COUNTERPARTY_COUNT = DG.counterpartyCount.asNode();
    private static final Node FACT_COUNT = DG.factCount.asNode();
    private static final String NODE_PREFIX = "urn:x-dealgraph:party-count:";
    private static final String PAIR_PREFIX = "urn:x-dealgraph:pair-count:";

    private PartyCounts() {
    }

    /** The parties of {@code fact} among its summary triples {@code summary}. */
    static Set<Node> partiesOf(Node fact, Collection<Triple> summary) {
        return LinkCounts.objectsOf(fact, summary, ARGUMENTS);
    }

    /** Whether {@code node} is a counter's node. */
    static boolean isCounter(Node node) {
        return node.isURI() && (node.getURI().startsWith(NODE_PREFIX) || node.getURI().startsWith(PAIR_PREFIX));
    }

    /** The triples of the counter of {@code party} holding {@code counts}. */
    static List<Triple> triples(Node party, Counts counts) {
        Node node = node(party);
        return List.of(Triple.create(node, TYPE, PARTY_COUNT),
                Triple.create(node, COUNTED_PARTY, party),
                Triple.create(node, COUNTERPARTY_COUNT, Literals.integer(counts.counterparties())),
                Triple.create(node, FACT_COUNT, Literals.integer(counts.facts())));
    }

    private static Node node(Node party) {
        return NodeFactory.createURI(NODE_PREFIX
                + URLEncoder.encode(party.isURI() ? party.getURI() : party.toString(), StandardCharsets.UTF_8));
    }

    /** The stored figures of {@code party}, zero when it has no counter. */
    static Counts stored(DatasetGraph dsg, Node party) {
        Node node = node(party);
        return new Counts(Tally.number(dsg, node, COUNTERPARTY_COUNT), Tally.stored(dsg, node));
    }

    /** The stored number of facts the pair {@code pair} shares, zero when it has no counter. */
    private static long shared(DatasetGraph dsg, Pair pair) {
        return Tally.stored(dsg, pair.node());
    }

    /** An unordered pair of distinct parties. */
    private record Pair(Node a, Node b) {
        static Pair of(Node x, Node y) {
            return x.toString().compareTo(y.toString()) <= 0 ? new Pair(x, y) : new Pair(y, x);
        }

        /** The pair's counter: its node is named by a digest of the two parties, so that its IRI stays short. */
        Node node() {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update(a.toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(b.toString().getBytes(StandardCharsets.UTF_8));
                return NodeFactory.createURI(PAIR_PREFIX + HexFormat.of().formatHex(digest.digest(), 0, 16));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JVM lacks SHA-256", e);
            }
        }
    }

    /** The moves of facts between parties over one write, applied to the stored counters at its end. */
    static final class Changes {
        private final Map<Node, Long> facts = new HashMap<>();
        private final Map<Pair, Long> pairs = new HashMap<>();

        /** A fact whose summary was {@code before} and is now {@code after}. */
        void moved(Node fact, Collection<Triple> before, Collection<Triple> after) {
            count(partiesOf(fact, before), -1);
            count(partiesOf(fact, after), 1);
        }

        private void count(Set<Node> parties, long sign) {
            if (parties.size() < 2) {
                return;
            }
            List<Node> list = List.copyOf(parties);
            for (int i = 0; i < list.size(); i++) {
                facts.merge(list.get(i), sign, Long::sum);
                for (int j = i + 1; j < list.size(); j++) {
                    pairs.merge(Pair.of(list.get(i), list.get(j)), sign, Long::sum);
                }
            }
        }

        /** What was gathered, as counts by party: for facts only ever added, the parties' figures. */
        Map<Node, Counts> counts() {
            Map<Node, Counts> counts = new HashMap<>();
            facts.forEach((party, n) -> counts.merge(party, new Counts(0, n), Counts::plus));
            pairs.forEach((pair, n) -> {
                if (n > 0) {
                    counts.merge(pair.a(), new Counts(1, 0), Counts::plus);
                    counts.merge(pair.b(), new Counts(1, 0), Counts::plus);
                }
            });
            counts.values().removeIf(Counts::none);
            return counts;
        }

        /** The counters' triples for facts only ever added: the parties' counters and the pairs'. */
        List<Triple> triples() {
            List<Triple> triples = new ArrayList<>();
            counts().forEach((party, counts) -> triples.addAll(PartyCounts.triples(party, counts)));
            pairs.forEach((pair, n) -> {
                if (n > 0) {
                    triples.add(Triple.create(pair.node(), FACT_COUNT, Literals.integer(n)));
                }
            });
            return triples;
        }

        /**
         * Moves the stored counters by what was gathered; the facts' summaries must already stand as the write leaves
         * them. A counter that falls to nothing is removed.
         */
        void apply(DatasetGraph dsg) {
            Map<Node, Counts> change = new HashMap<>();
            facts.forEach((party, n) -> {
                if (n != 0) {
                    change.merge(party, new Counts(0, n), Counts::plus);
                }
            });
            pairs.forEach((pair, n) -> {
                if (n == 0) {
                    return;
                }
                long was = shared(dsg, pair);
                long now = was + n;
                Node node = pair.node();
                dsg.deleteAny(FactSummary.GRAPH, node, Node.ANY, Node.ANY);
                if (now > 0) {
                    dsg.add(FactSummary.GRAPH, node, FACT_COUNT, Literals.integer(now));
                }
                if ((was > 0) != (now > 0)) {
                    Counts step = new Counts(now > 0 ? 1 : -1, 0);
                    change.merge(pair.a(), step, Counts::plus);
                    change.merge(pair.b(), step, Counts::plus);
                }
            });
            change.forEach((party, step) -> {
                if (step.counterparties() == 0 && step.facts() == 0) {
                    return;
                }
                Counts now = stored(dsg, party).plus(step);
                Node node = node(party);
                dsg.deleteAny(FactSummary.GRAPH, node, Node.ANY, Node.ANY);
                if (!now.none()) {
                    PartyCounts.triples(party, now).forEach(t -> dsg.add(FactSummary.GRAPH, t.getSubject(), t.getPredicate(),
                            t.getObject()));
                }
            });
        }
    }
}
