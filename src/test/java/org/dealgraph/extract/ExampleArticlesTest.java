package org.dealgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dealgraph.analyse.OpenNlpAnalyser;
import org.dealgraph.model.Acquisition;
import org.dealgraph.model.Deal;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FundingRound;
import org.dealgraph.model.Investment;
import org.dealgraph.model.ResolvedFact;
import org.dealgraph.read.ArticleFiles;
import org.dealgraph.read.ReadResult;
import org.dealgraph.resolve.KeyResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Read, analyse, extract and resolve a few of the project's own example articles; their main facts come out. */
class ExampleArticlesTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static OpenNlpAnalyser analyser;
    private static RuleExtractor extractor;
    private static KeyResolver resolver;

    @BeforeAll
    static void load() {
        analyser = OpenNlpAnalyser.load();
        extractor = RuleExtractor.load();
        resolver = KeyResolver.load();
    }

    private static List<Fact> facts(String file) {
        List<ReadResult> read = new ArticleFiles().read(List.of(EXAMPLES.resolve(file))).toList();
        assertEquals(1, read.size(), file);
        ReadResult.Read article = (ReadResult.Read) read.get(0);
        return resolver.resolve(extractor.extract(analyser.analyse(article.article()))).facts().stream()
                .map(ResolvedFact::fact).toList();
    }

    private static boolean names(EntityRef ref, String name) {
        return ref.name().equals(name);
    }

    private static boolean amount(Optional<org.dealgraph.model.Money> m, String value, String currency) {
        return m.isPresent() && m.get().amount().compareTo(new BigDecimal(value)) == 0 && m.get().currency().equals(currency);
    }

    @Test
    void cloudCapacityBoughtFromProviderIsValuedDealWithTerm() {
        List<Deal> deals = facts("2025-11-03-openai-signs-38bn-aws-deal.md").stream()
                .filter(Deal.class::isInstance).map(Deal.class::cast)
                .filter(d -> d.parties().stream().anyMatch(p -> names(p, "Amazon Web Services"))).toList();
        assertEquals(1, deals.size(), deals.toString());
        assertTrue(amount(deals.get(0).value(), "38000000000", "USD"), deals.toString());
        assertEquals(Optional.of("P7Y"), deals.get(0).duration());
    }

    @Test
    void startupWithColonInItsNameIsAcquired() {
        assertTrue(facts("2024-04-24-nvidia-to-acquire-run-ai.md").stream().anyMatch(f -> f instanceof Acquisition a
                && names(a.acquirer(), "Nvidia") && names(a.target(), "Run:ai")));
    }

    @Test
    void seriesRoundKeepsItsLeadInvestor() {
        List<FundingRound> rounds = facts("2025-09-09-asml-leads-mistral-series-c.json").stream()
                .filter(FundingRound.class::isInstance).map(FundingRound.class::cast).toList();
        assertEquals(1, rounds.size(), rounds.toString());
        assertTrue(amount(rounds.get(0).amount(), "1700000000", "EUR"), rounds.toString());
        assertTrue(rounds.get(0).investors().stream().anyMatch(i -> names(i, "ASML")), rounds.toString());
    }

    @Test
    void investmentCeilingIsItsAmount() {
        assertTrue(facts("2023-09-25-amazon-to-invest-up-to-4bn-in-anthropic.json").stream().anyMatch(f -> f instanceof Investment i
                && names(i.investor(), "Amazon") && names(i.investee(), "Anthropic") && amount(i.amount(), "4000000000", "USD")));
    }

    /** Regression: "LinkedIn co-founder P … had raised $1.3bn from investors" made LinkedIn the investee. */
    @Test
    void founderAffiliationIsNoInvestee() {
        assertTrue(facts("2024-03-21-microsoft-hires-inflection-founders.html").stream()
                .noneMatch(f -> f instanceof Investment i && names(i.investee(), "LinkedIn")));
    }
}
