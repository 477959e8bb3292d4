package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.rdf.DG;
import org.junit.jupiter.api.Test;

/** The month a fact's summary counts it in, and how a write's moves add up. */
class MonthCountsTest {

    private static final Node FACT = NodeFactory.createURI("https://example.org/deal/1");
    private static final Node DEAL = DG.Deal.asNode();

    @Test
    void aFactCountsInItsEarliestOwnDayOrMonthElseItsFirstArticlesMonth() {
        assertEquals(key("2024-11", DEAL), MonthCounts.keyOf(FACT, List.of(type(DEAL),
                date("2025-02-03", XSDDatatype.XSDdate), date("2024-11", XSDDatatype.XSDgYearMonth),
                firstMonth("2025-06"))));
        assertEquals(key("2025-06", DEAL), MonthCounts.keyOf(FACT, List.of(type(DEAL),
                date("2019", XSDDatatype.XSDgYear), firstMonth("2025-06"))));
    }

    @Test
    void aRoleOrAFactWithoutAnyMonthIsNotCounted() {
        assertEquals(Optional.empty(),
                MonthCounts.keyOf(FACT, List.of(type(DG.Role.asNode()), firstMonth("2025-06"))));
        assertEquals(Optional.empty(), MonthCounts.keyOf(FACT, List.of(type(DEAL))));
    }

    @Test
    void aFactMovedToAnotherMonthLeavesOneCountAndEntersAnother() {
        Tally<MonthCounts.Key> changes = MonthCounts.changes();
        changes.moved(FACT, Set.of(), List.of(type(DEAL), firstMonth("2025-06")));
        changes.moved(FACT, List.of(type(DEAL), firstMonth("2025-06")), List.of(type(DEAL), firstMonth("2025-03")));
        assertEquals(Map.of(new MonthCounts.Key("2025-06", DEAL), 0L, new MonthCounts.Key("2025-03", DEAL), 1L),
                changes.counts());
    }

    private static Optional<MonthCounts.Key> key(String month, Node kind) {
        return Optional.of(new MonthCounts.Key(month, kind));
    }

    private static Triple type(Node kind) {
        return Triple.create(FACT, RDF.type.asNode(), kind);
    }

    private static Triple date(String lexical, XSDDatatype type) {
        return Triple.create(FACT, DG.date.asNode(), NodeFactory.createLiteralDT(lexical, type));
    }

    private static Triple firstMonth(String month) {
        return Triple.create(FACT, DG.firstMonth.asNode(), NodeFactory.createLiteralString(month));
    }
}
