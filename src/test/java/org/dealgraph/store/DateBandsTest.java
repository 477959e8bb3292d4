package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.rdf.DG;
import org.junit.jupiter.api.Test;

/** The band of dates an acquisition is listed under, and which acquisitions the band counters count. */
class DateBandsTest {

    private static final Node FACT = NodeFactory.createURI("https://example.org/acquisition/1");

    @Test
    void theMostPreciseEarliestOwnDateElseTheFirstPublicationCutToYearAndMonth() {
        assertEquals(Optional.of("2024-11"), DateBands.bandOf(FACT, List.of(type(DG.Acquisition.asNode()),
                date("2025-02-03", XSDDatatype.XSDdate), date("2024-11-20", XSDDatatype.XSDdate),
                date("2023-01", XSDDatatype.XSDgYearMonth), published("2025-06-01"))));
        assertEquals(Optional.of("2023"), DateBands.bandOf(FACT, List.of(type(DG.Acquisition.asNode()),
                date("2023", XSDDatatype.XSDgYear), published("2025-06-01"))));
        assertEquals(Optional.of("2025-06"), DateBands.bandOf(FACT, List.of(type(DG.Acquisition.asNode()),
                published("2025-06-01"))));
        assertEquals(Optional.empty(), DateBands.bandOf(FACT, List.of(type(DG.Deal.asNode()), published("2025-06-01"))));
    }

    @Test
    void onlyAcquisitionsWithAnAcquirerAndATargetAreCounted() {
        Node a = NodeFactory.createURI("https://example.org/org/a");
        Node b = NodeFactory.createURI("https://example.org/org/b");
        Tally<String> changes = DateBands.changes();
        List<Triple> bare = List.of(type(DG.Acquisition.asNode()), published("2025-06-01"),
                Triple.create(FACT, DG.target.asNode(), b));
        changes.moved(FACT, List.of(), bare);
        assertEquals(0, changes.triples().size());
        List<Triple> whole = new ArrayList<>(bare);
        whole.add(Triple.create(FACT, DG.acquirer.asNode(), a));
        changes.moved(FACT, bare, whole);
        assertEquals(Map.of("2025-06", 1L), changes.counts());
    }

    private static Triple type(Node kind) {
        return Triple.create(FACT, RDF.type.asNode(), kind);
    }

    private static Triple date(String lexical, XSDDatatype type) {
        return Triple.create(FACT, DG.date.asNode(), NodeFactory.createLiteralDT(lexical, type));
    }

    private static Triple published(String day) {
        return Triple.create(FACT, DG.firstPublished.asNode(), NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate));
    }
}
