package org.dealgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dealgraph.model.FactDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PropertyGraphTest {

    private static SampleStore store;
    private static PropertyGraph graph;

    @BeforeAll
    static void read() {
        store = new SampleStore();
        graph = PropertyGraphReader.read(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void readsOneNodePerOrganizationAndPerson() {
        assertEquals(6, graph.nodes().size(), graph.nodes().toString());
        assertEquals(Set.of("organization", "person"),
                graph.nodes().stream().map(GraphNode::type).collect(Collectors.toSet()));
    }

    @Test
    void readsOneEdgePerFactAndPairWithAmountsAndTitles() {
        // deal N–H, talks deal B–Q, round investor, investment, acquisition, ownership, partnership, role
        assertEquals(8, graph.edges().size(), graph.edges().toString());
        GraphEdge deal = edge(EdgeKind.DEAL, "helios-compute-northwind-labs-2025");
        assertEquals(Optional.of(new BigDecimal("2500000000")), deal.amount().map(BigDecimal::stripTrailingZeros)
                .map(a -> a.setScale(0)));
        assertEquals(Optional.of("USD"), deal.currency());
        assertEquals(FactDate.parse("2025-03-03"), deal.date());
        assertEquals(Optional.of("announced"), deal.status());
        assertEquals(Optional.of("chief executive"), edge(EdgeKind.ROLE, "ada-mercer").title());
        assertEquals(Optional.of("in talks"), edge(EdgeKind.DEAL, "brightwater-ai-quillon-capital").status());
    }

    @Test
    void neighbourhoodKeepsNodesWithinDepthAndTheEdgesBetweenThem() {
        PropertyGraph one = graph.around(SampleStore.NORTHWIND, 1);
        // Northwind, Helios (deal), Quillon (round, investment), Tessel (partner), Ada Mercer (role)
        assertEquals(5, one.nodes().size(), one.nodes().toString());
        assertEquals(6, graph.around(SampleStore.NORTHWIND, 2).nodes().size());
        assertEquals(1, graph.around(SampleStore.NORTHWIND, 0).nodes().size());
        assertEquals(0, graph.around(SampleStore.ID + "organization/nobody", 2).nodes().size());
    }

    @Test
    void filtersByKindAndDate() {
        PropertyGraph deals = graph.filtered(Set.of(EdgeKind.DEAL), Optional.empty(), Optional.empty());
        assertEquals(2, deals.edges().size());
        PropertyGraph dated = graph.filtered(Set.copyOf(EdgeKind.values()), Optional.of(LocalDate.of(2025, 1, 1)),
                Optional.of(LocalDate.of(2025, 12, 31)));
        assertEquals(1, dated.edges().size(), "only the cloud deal has a date");
        assertTrue(graph.filtered(Set.copyOf(EdgeKind.values()), Optional.of(LocalDate.of(2026, 1, 1)),
                Optional.empty()).edges().isEmpty());
    }

    @Test
    void findsANodeByAnyNameWithoutCaseOrByIri() {
        assertEquals(Optional.of(SampleStore.NORTHWIND), PropertyGraphReader.find(store.dataset(), "northwind"));
        assertEquals(Optional.of(SampleStore.NORTHWIND), PropertyGraphReader.find(store.dataset(), "NORTHWIND LABS"));
        assertEquals(Optional.of(SampleStore.NORTHWIND), PropertyGraphReader.find(store.dataset(), SampleStore.NORTHWIND));
        assertEquals(Optional.empty(), PropertyGraphReader.find(store.dataset(), "Nobody Inc"));
    }

    @Test
    void formatsAmountsForPeople() {
        assertEquals("$38 billion", Amounts.format(new BigDecimal("38000000000"), "USD"));
        assertEquals("£29 billion", Amounts.format(new BigDecimal("29000000000"), "GBP"));
        assertEquals("€385 million", Amounts.format(new BigDecimal("385000000"), "EUR"));
        assertEquals("$1.3 billion", Amounts.format(new BigDecimal("1300000000.0"), "USD"));
        assertEquals("CHF 2.25 million", Amounts.format(new BigDecimal("2250000"), "CHF"));
        assertEquals("$750,000", Amounts.format(new BigDecimal("750000"), "USD"));
    }

    private static GraphEdge edge(EdgeKind kind, String factSlug) {
        return graph.edges().stream().filter(e -> e.kind() == kind && e.fact().contains(factSlug)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " edge for " + factSlug + " in " + graph.edges()));
    }
}
