package org.dealgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The generic record of the kinds defined by kind files: its entities follow the roles, and it merges by its policy. */
class DefinedFactTest {

    private static final Provenance P = new Provenance(new ArticleId("0123456789abcdef"), 0, new Span(0, 4), "t", 0.9);
    private static final EntityRef ACME = EntityRef.organization("Acme");
    private static final EntityRef GLOBEX = EntityRef.organization("Globex");
    private static final EntityRef INITECH = EntityRef.organization("Initech");
    private static final EntityRef ADA = EntityRef.person("Ada Mercer");

    private static FactKind kind(String merge) {
        return FactKind.defined(new KindFileReader("recall.yaml").read(new StringReader("""
                id: recall
                plural: recalls
                rank: 9
                segment: recall
                edge: recalled
                class: https://example.org/terms#Recall
                roles:
                  - {name: maker, entity: organization, property: "https://example.org/terms#maker"}
                  - {name: buyers, entity: any, many: true, property: "https://example.org/terms#buyer"}
                key: {ends: first, tail: year}
                merge: %s
                money: https://example.org/terms#cost
                """.formatted(merge))));
    }

    private static DefinedFact fact(FactKind kind, List<EntityRef> buyers, String money, Status status, int day) {
        return new DefinedFact(kind, Map.of("maker", List.of(ACME), "buyers", buyers),
                Optional.ofNullable(money).map(m -> Money.of(m, "USD")), status, Optional.of(FactDate.day(LocalDate.of(2025, 1, day))), P);
    }

    @Test
    void entitiesFollowTheRolesAndTheirKinds() {
        FactKind recall = kind("union");
        DefinedFact f = fact(recall, List.of(GLOBEX, ADA), null, Status.ANNOUNCED, 1);
        assertEquals(List.of(ACME, GLOBEX, ADA), f.entities());
        assertEquals(recall, f.kind());
        assertThrows(IllegalArgumentException.class, () -> new DefinedFact(recall, Map.of("maker", List.of(ADA),
                "buyers", List.of(GLOBEX)), Optional.empty(), Status.ANNOUNCED, Optional.empty(), P));
        assertThrows(IllegalArgumentException.class, () -> new DefinedFact(recall, Map.of("maker", List.of(ACME)),
                Optional.empty(), Status.ANNOUNCED, Optional.empty(), P));
        assertThrows(IllegalArgumentException.class, () -> fact(recall, List.of(ACME), null, Status.ANNOUNCED, 1));
    }

    @Test
    void mergesByTheKindsPolicy() {
        FactKind union = kind("union");
        DefinedFact merged = fact(union, List.of(GLOBEX), "5", Status.PLANNED, 9)
                .mergedWith(List.of(fact(union, List.of(INITECH, GLOBEX), "7", Status.COMPLETED, 3)));
        assertEquals(List.of(GLOBEX, INITECH), merged.of("buyers"));
        assertEquals(Optional.of(Money.of("5", "USD")), merged.money());
        assertEquals(Status.COMPLETED, merged.status());
        assertEquals(Optional.of(FactDate.day(LocalDate.of(2025, 1, 3))), merged.date());
        FactKind largest = kind("largest");
        assertEquals(Optional.of(Money.of("7", "USD")), fact(largest, List.of(GLOBEX), "5", Status.PLANNED, 9)
                .mergedWith(List.of(fact(largest, List.of(INITECH), "7", Status.COMPLETED, 3))).money());
        FactKind first = kind("first");
        DefinedFact told = fact(first, List.of(GLOBEX), "5", Status.PLANNED, 9);
        assertEquals(told, told.mergedWith(List.of(fact(first, List.of(INITECH), "7", Status.COMPLETED, 3))));
    }
}
