package org.dealgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The registry of kinds of fact agrees with the records, and the records merge by their policies. */
class FactKindTest {

    private static final Provenance P = new Provenance(new ArticleId("0123456789abcdef"), 0, new Span(0, 4), "t", 0.9);
    private static final EntityRef ACME = EntityRef.organization("Acme");
    private static final EntityRef GLOBEX = EntityRef.organization("Globex");
    private static final EntityRef INITECH = EntityRef.organization("Initech");

    @Test
    void rolesNameTheEntityComponentsOfEachRecordInOrder() {
        for (FactKind kind : builtIn()) {
            List<String> entityComponents = new ArrayList<>();
            for (RecordComponent c : kind.type().getRecordComponents()) {
                boolean one = c.getType() == EntityRef.class;
                boolean many = c.getGenericType() instanceof ParameterizedType t
                        && t.getActualTypeArguments()[0] == EntityRef.class;
                if (one || many) {
                    entityComponents.add(c.getName());
                }
            }
            assertEquals(entityComponents, kind.roles(), kind.toString());
        }
    }

    /** The seven kinds with records of their own (the kinds of kind files share {@link DefinedFact}). */
    private static List<FactKind> builtIn() {
        return Arrays.stream(FactKind.values()).filter(k -> k.definition().isEmpty()).toList();
    }

    @Test
    void eachKindHasItsOwnRecordNameAndSegment() {
        int n = FactKind.values().length;
        assertEquals(builtIn().size(), builtIn().stream().map(FactKind::type).distinct().count());
        assertEquals(n, Arrays.stream(FactKind.values()).map(FactKind::segment).distinct().count());
        assertEquals(n, Arrays.stream(FactKind.values()).map(FactKind::plural).distinct().count());
        assertEquals("funding-round", FactKind.FUNDING_ROUND.id());
        assertEquals("round", FactKind.FUNDING_ROUND.segment());
    }

    @Test
    void listsEveryKindOnceDealsFirstAndRolesLast() {
        List<FactKind> listed = FactKind.listed();
        assertEquals(Set.of(FactKind.values()), Set.copyOf(listed));
        assertEquals(FactKind.values().length, listed.size());
        assertEquals(FactKind.DEAL, listed.get(0));
        assertEquals(FactKind.ROLE, listed.stream().filter(builtIn()::contains).reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void onlyUnorderedKindsGiveUndirectedEdges() {
        assertEquals(Set.of(FactKind.DEAL, FactKind.PARTNERSHIP), builtIn().stream()
                .filter(k -> !k.directed()).collect(Collectors.toSet()));
    }

    @Test
    void mergedRoundKeepsTheLargestAmountWithTheLabelsToldWithIt() {
        FundingRound small = round(Optional.of(usd("100")), Optional.of(usd("900")), List.of(GLOBEX), Optional.empty(),
                Status.RUMOURED, Optional.of(FactDate.day(LocalDate.of(2025, 3, 1))));
        FundingRound labelled = round(Optional.empty(), Optional.of(usd("5000")), List.of(), Optional.of("Series C"),
                Status.ANNOUNCED, Optional.empty());
        FundingRound large = round(Optional.of(usd("300")), Optional.empty(), List.of(INITECH, GLOBEX), Optional.empty(),
                Status.IN_TALKS, Optional.of(FactDate.day(LocalDate.of(2025, 1, 5))));
        FundingRound merged = small.mergedWith(List.of(labelled, large));
        assertEquals(Optional.of(usd("300")), merged.amount());
        assertEquals(Optional.of(usd("5000")), merged.valuation());
        assertEquals(Optional.of("Series C"), merged.series());
        assertEquals(List.of(GLOBEX, INITECH), merged.investors());
        assertEquals(Status.ANNOUNCED, merged.status());
        assertEquals(Optional.of(FactDate.day(LocalDate.of(2025, 1, 5))), merged.date());
        assertEquals(small.provenance(), merged.provenance());
    }

    @Test
    void mergedDealTakesTheFirstValueTheEarliestDateAndTheMostDefiniteStatus() {
        Deal first = new Deal(List.of(ACME, GLOBEX), Optional.empty(), Status.COMPLETED,
                Optional.of(FactDate.day(LocalDate.of(2024, 6, 1))), Optional.empty(), P);
        Deal second = new Deal(List.of(ACME, GLOBEX), Optional.of(usd("7")), Status.PLANNED,
                Optional.of(FactDate.day(LocalDate.of(2024, 2, 1))), Optional.of("P5Y"), P);
        Deal merged = first.mergedWith(List.of(second));
        assertEquals(Optional.of(usd("7")), merged.value());
        assertEquals(Status.COMPLETED, merged.status());
        assertEquals(Optional.of(FactDate.day(LocalDate.of(2024, 2, 1))), merged.date());
        assertEquals(Optional.of("P5Y"), merged.duration());
    }

    @Test
    void mergingFactsOfTwoKindsIsABug() {
        Subsidiary owned = new Subsidiary(ACME, GLOBEX, P);
        Partnership partners = new Partnership(ACME, GLOBEX, Status.ANNOUNCED, P);
        assertThrows(ClassCastException.class, () -> owned.mergedWith(List.of(partners)));
        assertThrows(ClassCastException.class, () -> partners.mergedWith(List.of(owned)));
    }

    private static FundingRound round(Optional<Money> amount, Optional<Money> valuation, List<EntityRef> investors,
                                      Optional<String> series, Status status, Optional<FactDate> date) {
        return new FundingRound(ACME, amount, valuation, investors, series, status, date, P);
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), "USD", Bound.EXACT);
    }
}
