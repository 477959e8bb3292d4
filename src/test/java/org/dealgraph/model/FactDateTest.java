package org.dealgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactDateTest {

    private static final EntityRef BUYER = new EntityRef(EntityKind.ORGANIZATION, "Kestrel Systems", Optional.empty());
    private static final EntityRef TARGET = new EntityRef(EntityKind.ORGANIZATION, "Lumen Robotics", Optional.empty());

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-03", "2024-03-05"})
    void writesTheLexicalFormItReads(String lexical) {
        assertEquals(lexical, FactDate.parse(lexical).orElseThrow().lexical());
    }

    @Test
    void aYearStaysAYearAndAMonthAMonth() {
        assertEquals(FactDate.Precision.YEAR, FactDate.parse("2024").orElseThrow().precision());
        assertEquals(FactDate.Precision.MONTH, FactDate.month(YearMonth.of(2024, 3)).precision());
        assertEquals(Optional.empty(), FactDate.parse("March 2024"));
        assertThrows(IllegalArgumentException.class,
                () -> new FactDate(LocalDate.of(2024, 3, 5), FactDate.Precision.YEAR, false));
    }

    @Test
    void aFactToldWithAFullDateAndABareYearKeepsTheFullDate() {
        FactDate year = FactDate.year(2025);
        FactDate day = FactDate.day(LocalDate.of(2025, 3, 3));
        Acquisition told = acquisition(year);
        Acquisition again = acquisition(day);
        assertEquals(Optional.of(day), told.mergedWith(List.of(again)).date());
        assertEquals(Optional.of(day), again.mergedWith(List.of(told)).date());
    }

    @Test
    void aStatedYearOutweighsThePublicationDate() {
        FactDate stated = FactDate.year(2024);
        FactDate published = FactDate.publishedOn(LocalDate.of(2025, 6, 10));
        assertEquals(Optional.of(stated), acquisition(published).mergedWith(List.of(acquisition(stated))).date());
    }

    @Test
    void ofEquallyPreciseDatesTheEarliestIsKept() {
        FactDate march = FactDate.month(YearMonth.of(2025, 3));
        FactDate may = FactDate.month(YearMonth.of(2025, 5));
        assertEquals(Optional.of(march), acquisition(may).mergedWith(List.of(acquisition(march))).date());
    }

    private static Acquisition acquisition(FactDate date) {
        Provenance p = new Provenance(new ArticleId("a".repeat(64)), 0, new Span(0, 10), "test-rule", 0.9);
        return new Acquisition(BUYER, TARGET, Optional.empty(), Status.ANNOUNCED, Optional.of(date), p);
    }
}
