package org.dealgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dealgraph.analyse.OrganizationSuffixes;
import org.dealgraph.extract.Articles;
import org.dealgraph.extract.RuleExtractor;
import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.Deal;
import org.dealgraph.model.EntityKey;
import org.dealgraph.model.EntityKind;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.ExtractedArticle;
import org.dealgraph.model.FactKind;
import org.dealgraph.model.Money;
import org.dealgraph.model.Provenance;
import org.dealgraph.model.ResolvedArticle;
import org.dealgraph.model.ResolvedFact;
import org.dealgraph.model.Span;
import org.dealgraph.model.Status;
import org.junit.jupiter.api.Test;

class KeyResolverTest {

    private static final KeyResolver RESOLVER = KeyResolver.load();
    private static final RuleExtractor EXTRACTOR = RuleExtractor.load();

    private static ResolvedArticle resolve(String text, LocalDate published) {
        return RESOLVER.resolve(EXTRACTOR.extract(Articles.analysed(text, published)));
    }

    private static List<ResolvedFact> facts(ResolvedArticle a, FactKind kind) {
        return a.facts().stream().filter(f -> f.key().kind() == kind).toList();
    }

    @Test
    void givesTheSameDealFromTwoArticlesOneKey() {
        ResolvedArticle first = resolve("Oracle signed a $12bn contract with xAI on Monday.", LocalDate.of(2025, 8, 11));
        ResolvedArticle second = resolve("xAI has struck a $12 billion cloud agreement with Oracle, people familiar said.",
                LocalDate.of(2025, 8, 13));
        assertEquals(facts(first, FactKind.DEAL).get(0).key(), facts(second, FactKind.DEAL).get(0).key());
    }

    @Test
    void keepsDealsOfOtherYearsApart() {
        ResolvedArticle first = resolve("Cohere and Oracle announced a partnership.", LocalDate.of(2023, 3, 1));
        ResolvedArticle second = resolve("Cohere and Oracle announced a partnership.", LocalDate.of(2025, 3, 1));
        assertNotEquals(facts(first, FactKind.DEAL).get(0).key(), facts(second, FactKind.DEAL).get(0).key());
    }

    @Test
    void mergesAValuelessDealIntoTheValuedOneOfTheSameParties() {
        ResolvedArticle a = resolve("Oracle signed a $12bn contract with xAI. The agreement between xAI and Oracle runs for"
                + " five years.", LocalDate.of(2025, 8, 11));
        List<ResolvedFact> deals = facts(a, FactKind.DEAL);
        assertEquals(1, deals.size());
        assertEquals(Optional.of(Money.of("12000000000", "USD")), ((Deal) deals.get(0).fact()).value());
        assertEquals(2, deals.get(0).evidence().size());
    }

    @Test
    void mergesTheDealsOfAPartyAndItsOwnersOwnerIntoOne() {
        ResolvedArticle a = resolve("Harwick Robotics partners with Google. Harwick Robotics announced a partnership with"
                + " Google DeepMind on humanoid robots.", LocalDate.of(2026, 3, 24));
        List<ResolvedFact> deals = facts(a, FactKind.DEAL);
        assertEquals(1, deals.size(), deals.toString());
        assertEquals(2, deals.get(0).evidence().size());
    }

    @Test
    void mergesTheDealsOfAUnitAndTheOwnerTheArticleNames() {
        ResolvedArticle a = resolve("Harwick Robotics signed a deal with Tollan Group. Tollan Labs is the research unit of"
                + " Tollan Group. Tollan Labs announced a partnership with Harwick Robotics.", LocalDate.of(2026, 3, 24));
        assertEquals(1, facts(a, FactKind.SUBSIDIARY).size(), a.facts().toString());
        assertEquals(1, facts(a, FactKind.DEAL).size(), facts(a, FactKind.DEAL).toString());
    }

    @Test
    void givesNameVariantsOneEntityKey() {
        NameKeys keys = new NameKeys(OrganizationSuffixes.load().keyWords());
        assertEquals(keys.organization("Rivos"), keys.organization("Rivos Inc."));
        assertEquals("mistral-ai", keys.organization("Mistral AI"));
        assertEquals("nestle", keys.organization("The Nestlé Group"));
        assertEquals("johnson-and-johnson", keys.organization("Johnson & Johnson"));
        assertEquals("fei-fei-li", keys.person("Fei-Fei Li"));
    }

    @Test
    void makesEveryNamedMentionAnEntity() {
        ResolvedArticle a = resolve("Satya Nadella spoke in Seattle while Microsoft and Nvidia watched.", LocalDate.of(2025, 1, 2));
        List<EntityKey> keys = a.entities().stream().map(e -> e.key()).toList();
        assertTrue(keys.contains(new EntityKey(EntityKind.ORGANIZATION, "nvidia")), keys.toString());
        assertTrue(keys.contains(new EntityKey(EntityKind.PERSON, "satya-nadella")), keys.toString());
        assertTrue(a.facts().isEmpty());
    }

    @Test
    void takesCategoryAndAliasesFromTheGazetteer() {
        ResolvedArticle a = resolve("AWS signed a deal with Cohere. Amazon Web Services said more would follow.",
                LocalDate.of(2025, 1, 2));
        var aws = a.entities().stream().filter(e -> e.key().slug().equals("amazon-web-services")).findFirst().orElseThrow();
        assertEquals("Amazon Web Services", aws.name());
        assertTrue(aws.aliases().contains("AWS"), aws.aliases().toString());
        assertEquals(Optional.of("company"), aws.category());
    }

    @Test
    void dropsAFactWhoseEntitiesShareOneKey() {
        AnalysedArticle analysed = Articles.analysed("Rivos makes chips.", LocalDate.of(2025, 1, 2));
        Provenance p = new Provenance(analysed.article().id(), 0, new Span(0, 5), "test", 1.0);
        Deal deal = new Deal(List.of(EntityRef.organization("Rivos"), EntityRef.organization("Rivos Inc.")), Optional.empty(),
                Status.ANNOUNCED, Optional.empty(), Optional.empty(), p);
        ResolvedArticle a = RESOLVER.resolve(new ExtractedArticle(analysed, List.of(deal)));
        assertTrue(a.facts().isEmpty());
    }

    @Test
    void keysAnUndatedArticlesValuedDealLikeADatedOne() {
        ResolvedArticle dated = resolve("Oracle signed a $12bn contract with xAI.", LocalDate.of(2025, 8, 11));
        ResolvedArticle undated = RESOLVER.resolve(EXTRACTOR.extract(Articles.analysed("Oracle signed a $12bn contract with xAI.", null)));
        assertEquals(facts(dated, FactKind.DEAL).get(0).key(), facts(undated, FactKind.DEAL).get(0).key());
    }

    @Test
    void mergedRoundTakesItsLargestAmountAndNoLabelOfASmallerRound() {
        ResolvedArticle a = resolve("Anthropic has raised $450 million in a round led by Spark Capital. It raised a seed round of "
                + "about $124 million only months after it started.", LocalDate.of(2023, 5, 23));
        List<ResolvedFact> rounds = facts(a, FactKind.FUNDING_ROUND);
        assertEquals(1, rounds.size());
        org.dealgraph.model.FundingRound round = (org.dealgraph.model.FundingRound) rounds.get(0).fact();
        assertEquals(Optional.of(Money.of("450000000", "USD")), round.amount().map(m -> Money.of(m.amount().toPlainString(), m.currency())));
        assertEquals(Optional.empty(), round.series());
    }

    @Test
    void roundsOfOneYearThatTheArticleDatesApartAreTwoRounds() {
        ResolvedArticle a = resolve("Tollan Systems has raised $2.3 billion in a Series D round led by Harrow Partners, it said on "
                + "Thursday. In June, Tollan Systems raised $900 million in a round led by Brisca Capital.", LocalDate.of(2025, 11, 13));
        List<ResolvedFact> rounds = facts(a, FactKind.FUNDING_ROUND);
        assertEquals(List.of("tollan-systems--2025", "tollan-systems--2025--900000000-usd"),
                rounds.stream().map(r -> r.key().slug()).toList());
        org.dealgraph.model.FundingRound june = (org.dealgraph.model.FundingRound) rounds.get(1).fact();
        assertEquals(List.of("Brisca Capital"), june.investors().stream().map(i -> i.name()).toList());
    }

    @Test
    void aRoundsFirstCloseAndItsFinalSizeAreOneRound() {
        ResolvedArticle a = resolve("Tollan Systems has raised $520 million on Wednesday. The new funding brings Tollan Systems's "
                + "Series A round to $935 million.", LocalDate.of(2026, 2, 11));
        assertEquals(1, facts(a, FactKind.FUNDING_ROUND).size());
    }
}
