package org.dealgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FundingRound;
import org.dealgraph.model.Investment;
import org.dealgraph.model.Partnership;
import org.junit.jupiter.api.Test;

/** What the rule book checks of callbacks, when it loads and when they run. */
class RuleBookTest {

    private static final String BOOKS = "/org/dealgraph/extract/broken-books/";
    private static final Triggers TRIGGERS = Triggers.load();

    @Test
    void aCallbacksRulesAllReadTriggersOrAllReadNone() {
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBook.load(BOOKS, List.of("mixed-callback.yaml"),
                TRIGGERS.keys(), Map.of("shared", (f, t, r) -> List.of())));
        assertTrue(e.getMessage().startsWith("mixed-callback.yaml line 8: the rules of callback 'shared'"), e.getMessage());
    }

    @Test
    void aCallbackRunsAtEachTriggerItsRulesRead() {
        RuleBook book = RuleBook.load(BOOKS, List.of("one-callback.yaml"), TRIGGERS.keys(),
                Map.of("liar", (f, t, r) -> List.of(partnership(f, t.orElseThrow(), r.get("deal-a")))));
        List<Fact> facts = book.apply(sentence("Veltrix Labs signed a deal with Ondra Systems and a pact with Harrowgate Capital."));
        assertEquals(2, facts.size(), "two deal nouns, one call each: " + facts);
        assertTrue(facts.stream().allMatch(f -> f.provenance().rule().equals("deal-a")), facts.toString());
    }

    // Bug guarded: a callback telling a fact by a rule the rule files give it not would slip a rule id past them.
    @Test
    void aCallbackMayTellFactsOnlyByItsOwnRules() {
        Rule foreign = new Rule("deal-z", "nowhere", Frame.DEAL, List.of(), List.of(), List.of(), Map.of(),
                Rule.MoneyRole.NONE, List.of(), Rule.StatusRule.NONE, 0.5, "", Optional.of("liar"));
        RuleBook book = RuleBook.load(BOOKS, List.of("one-callback.yaml"), TRIGGERS.keys(),
                Map.of("liar", (f, t, r) -> List.of(partnership(f, t.orElseThrow(), foreign))));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> book.apply(sentence("Veltrix Labs signed a deal with Ondra Systems.")));
        assertTrue(e.getMessage().contains("deal-z"), e.getMessage());
    }

    @Test
    void aRuleThatCompletesWhatItsFileToldRunsAfterTheOthersWhateverItsPlace() {
        RuleBook book = RuleBook.load(BOOKS, List.of("share-before-its-round.yaml"), TRIGGERS.keys(),
                Map.of("teller", (f, t, r) -> List.of(round(f, r.get("funding-raise")))));
        List<Fact> facts = book.apply(sentence("Kessel Robotics raised $120 million; Tamsin Capital contributed $30 million of the total."));
        List<String> shares = facts.stream().filter(f -> f.provenance().rule().equals("funding-share-earlier"))
                .map(f -> f instanceof Investment i ? i.investor().name() + " " + i.investee().name() + " " + i.amount().orElseThrow().amount().longValue()
                        : ((FundingRound) f).investee().name() + " " + ((FundingRound) f).investors().get(0).name())
                .toList();
        assertEquals(List.of("Kessel Robotics Tamsin Capital", "Tamsin Capital Kessel Robotics 30000000"), shares);
    }

    @Test
    void aYieldingRuleIsSilentWhereTheRuleItYieldsToTold() {
        RuleBook book = RuleBook.load(BOOKS, List.of("yielding-callbacks.yaml"), TRIGGERS.keys(), yieldingCallbacks());
        List<Fact> facts = book.apply(sentence("Veltrix Labs signed a deal with Ondra Systems."));
        assertEquals(List.of("deal-signed"), facts.stream().map(f -> f.provenance().rule()).toList());
    }

    @Test
    void aYieldingRuleSpeaksWhereTheRuleItYieldsToToldNothing() {
        RuleBook book = RuleBook.load(BOOKS, List.of("yielding-callbacks.yaml"), TRIGGERS.keys(), yieldingCallbacks());
        List<Fact> facts = book.apply(sentence("Veltrix Labs and Ondra Systems have a deal."));
        assertEquals(List.of("deal-fallback"), facts.stream().map(f -> f.provenance().rule()).toList());
    }

    @Test
    void aRuleSpeaksWhereTheRuleItYieldsToWasKeptSilent() {
        RuleBook book = RuleBook.load(BOOKS, List.of("yielding-chain.yaml"), TRIGGERS.keys(), Map.of(
                "first", (f, t, r) -> List.of(partnership(f, t.orElseThrow(), r.get("deal-first"))),
                "second", (f, t, r) -> List.of(partnership(f, t.orElseThrow(), r.get("deal-second"))),
                "signed", yieldingCallbacks().get("signed")));
        assertEquals(List.of("deal-first", "deal-signed"), book.apply(sentence("Veltrix Labs signed a deal with Ondra Systems."))
                .stream().map(f -> f.provenance().rule()).sorted().toList());
        assertEquals(List.of("deal-second"), book.apply(sentence("Veltrix Labs and Ondra Systems have a deal."))
                .stream().map(f -> f.provenance().rule()).toList());
    }

    @Test
    void aRuleCannotYieldToOneThatCompletesWhatItTold() {
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBook.load(BOOKS,
                List.of("yield-to-a-completing-rule.yaml"), TRIGGERS.keys(), Map.of("teller", (f, t, r) -> List.of())));
        assertTrue(e.getMessage().startsWith("yield-to-a-completing-rule.yaml line 14: rule funding-raise cannot yield to "
                + "'funding-share-earlier'"), e.getMessage());
    }

    /** "fallback" tells a partnership at every deal noun; "signed" only in a sentence that says "signed". */
    private static Map<String, RuleCallback> yieldingCallbacks() {
        return Map.of("fallback", (f, t, r) -> List.of(partnership(f, t.orElseThrow(), r.get("deal-fallback"))),
                "signed", (f, t, r) -> saysSigned(f.chunks())
                        ? List.of(partnership(f, t.orElseThrow(), r.get("deal-signed"))) : List.of());
    }

    private static boolean saysSigned(ChunkedSentence s) {
        return java.util.stream.IntStream.range(0, s.size()).anyMatch(i -> s.get(i).isWord("signed"));
    }

    /** A round of the sentence's first organization, as a raise would tell it. */
    private static Fact round(SentenceFacts f, Rule rule) {
        ChunkedSentence s = f.chunks();
        int first = java.util.stream.IntStream.range(0, s.size()).filter(i -> s.get(i).isOrg()).findFirst().orElseThrow();
        return new FundingRound(s.get(first).ref(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                org.dealgraph.model.Status.ANNOUNCED, Optional.empty(), f.provenance(rule, first, first + 1));
    }

    private static Fact partnership(SentenceFacts f, TriggerMatch t, Rule rule) {
        ChunkedSentence s = f.chunks();
        List<Integer> orgs = java.util.stream.IntStream.range(0, s.size()).filter(i -> s.get(i).isOrg()).boxed().toList();
        return new Partnership(s.get(orgs.get(0)).ref(), s.get(orgs.get(1)).ref(), org.dealgraph.model.Status.ANNOUNCED,
                f.provenance(rule, t, orgs));
    }

    /** The first sentence of {@code text}, ready for the rules. */
    private static SentenceFacts sentence(String text) {
        AnalysedArticle a = Articles.analysed(text, LocalDate.of(2026, 2, 3));
        ChunkedSentence s = Chunker.chunk(a.sentences().get(0),
                a.mentions().stream().filter(m -> m.sentence() == 0).toList(), a.article().text());
        return new SentenceFacts(a.article().id(), s, TRIGGERS.find(s), StatusCues.load(), MoneyRoles.load(), Durations.load(),
                a.article().published(), new ArticleContext(Optional.empty(), Optional.empty()));
    }
}
