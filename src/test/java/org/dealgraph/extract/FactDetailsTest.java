package org.dealgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dealgraph.model.Acquisition;
import org.dealgraph.model.Deal;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FactDate;
import org.dealgraph.model.Investment;
import org.dealgraph.model.Partnership;
import org.dealgraph.model.Bound;
import org.dealgraph.model.Status;
import org.junit.jupiter.api.Test;

/** The details a fact takes from its sentence: the bound of its amount, its status and its date. */
class FactDetailsTest {

    private static final RuleExtractor EXTRACTOR = RuleExtractor.load();
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 27);

    private static List<Fact> facts(String text) {
        return EXTRACTOR.extract(Articles.analysed(text, PUBLISHED)).facts();
    }

    private static Investment investment(String text) {
        return facts(text).stream().filter(Investment.class::isInstance).map(Investment.class::cast).findFirst().orElseThrow();
    }

    private static Acquisition acquisition(String text) {
        return facts(text).stream().filter(Acquisition.class::isInstance).map(Acquisition.class::cast).findFirst().orElseThrow();
    }

    @Test
    void keepsTheBoundOfAnAmount() {
        assertEquals(Bound.UP_TO, investment("Nvidia will invest up to $5 billion in Cohere.").amount().orElseThrow().bound());
        assertEquals(Bound.AT_LEAST, investment("Nvidia invested more than $5 billion in Cohere.").amount().orElseThrow().bound());
        assertEquals(Bound.APPROXIMATE, investment("Nvidia invested about $5 billion in Cohere.").amount().orElseThrow().bound());
    }

    @Test
    void datesAFactByTheDateOfItsSentence() {
        assertEquals(FactDate.parse("2025-03-24"), investment("Nvidia invested $5 billion in Cohere on Monday.").date());
        assertEquals(FactDate.parse("2024-12"), investment("In December, Nvidia invested $5 billion in Cohere.").date());
        assertEquals(FactDate.parse("2024"), investment("Nvidia invested $5 billion in Cohere last year.").date());
    }

    @Test
    void datesAFactWithoutADateByThePublicationDate() {
        assertEquals(Optional.of(FactDate.publishedOn(PUBLISHED)), investment("Nvidia invested $5 billion in Cohere.").date());
    }

    @Test
    void takesTheStatusFromModalAndReportingCues() {
        assertEquals(Status.PLANNED, acquisition("Apple could buy Perplexity.").status());
        assertEquals(Status.IN_TALKS, acquisition("Apple is in talks to buy Perplexity.").status());
        assertEquals(Status.ANNOUNCED, acquisition("Apple has agreed to buy Perplexity.").status());
        assertEquals(Status.COMPLETED, acquisition("Apple completed its acquisition of Perplexity.").status());
        assertEquals(Status.ABANDONED, acquisition("Apple abandoned its planned acquisition of Perplexity.").status());
        assertEquals(Status.BLOCKED, acquisition("Regulators blocked Apple's acquisition of Perplexity.").status());
    }

    @Test
    void partnersWhoEndedAnAgreementWerePartnersAndThoseWhoCalledItOffWereNot() {
        String ended = "Orbis Cloud terminated its multiyear agreement with Pellucid AI.";
        assertEquals(Status.ABANDONED, only(ended, Deal.class).status());
        assertEquals(Status.COMPLETED, only(ended, Partnership.class).status());
        String calledOff = "Kessel Labs called off its deal with Quorra Labs.";
        assertEquals(Status.ABANDONED, only(calledOff, Deal.class).status());
        assertEquals(Status.ABANDONED, only(calledOff, Partnership.class).status());
    }

    private static <T extends Fact> T only(String text, Class<T> kind) {
        List<T> found = facts(text).stream().filter(kind::isInstance).map(kind::cast).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
