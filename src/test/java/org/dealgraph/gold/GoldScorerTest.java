package org.dealgraph.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold scorer on small invented corpora: what counts as right, wrong, missed, and neither. */
class GoldScorerTest {

    private static final String DEALS = "deal,party,partyName,amount,currency\n";
    private static final String TESSARO_QUILLON_DEAL = """
            {"article": "a.md", "deals": [{"parties": ["Tessaro Systems", "Quillon Labs"], "amount": 2e9,
              "currency": "USD", "alt": [[1.6e9, "GBP"]]}]}
            """;

    @TempDir
    Path gold;

    @Test
    void dealWithItsPartiesAndValueIsRight() throws IOException {
        Scorecard card = score(Map.of("a.json", TESSARO_QUILLON_DEAL), Map.of("deals", DEALS
                + "d1,q,Quillon Labs,2010000000,USD\nd1,t,Tessaro Systems,2010000000,USD\n"));
        assertEquals(new Tally(1, 1, 1, 1), card.tally(Kind.DEALS), card.report());
        assertTrue(card.report().contains("relations P 1.000 R 1.000 F1 1.000"), card.report());
    }

    @Test
    void valueInAnotherCurrencyTheTextGivesIsRight() throws IOException {
        Scorecard card = score(Map.of("a.json", TESSARO_QUILLON_DEAL), Map.of("deals", DEALS
                + "d1,q,Quillon Labs,1600000000,gbp\nd1,t,Tessaro Systems,1600000000,gbp\n"));
        assertEquals(new Tally(1, 1, 1, 1), card.tally(Kind.DEALS), card.report());
    }

    @Test
    void dealWithAWrongValueIsWrongAndTheGoldDealMissed() throws IOException {
        Scorecard card = score(Map.of("a.json", TESSARO_QUILLON_DEAL), Map.of("deals", DEALS
                + "d1,q,Quillon Labs,2100000000,USD\nd1,t,Tessaro Systems,2100000000,USD\n"));
        assertEquals(new Tally(1, 0, 1, 0), card.tally(Kind.DEALS), card.report());
        assertTrue(card.report().contains("wrong  deals: (quillon labs, tessaro systems)"), card.report());
        assertTrue(card.report().contains("missed deals: (tessaro systems, quillon labs)"), card.report());
    }

    @Test
    void valueWhereTheTextStatesNoneIsWrong() throws IOException {
        String unvalued = """
                {"article": "a.md", "deals": [{"parties": ["Tessaro Systems", "Quillon Labs"], "amount": null}]}
                """;
        Scorecard card = score(Map.of("a.json", unvalued), Map.of("deals", DEALS
                + "d1,q,Quillon Labs,5000000,USD\nd1,t,Tessaro Systems,5000000,USD\n"));
        assertEquals(0, card.tally(Kind.DEALS).right(), card.report());
        assertEquals(1, card.tally(Kind.DEALS).found(), "a deal's parties find a deal stated without a value");
    }

    @Test
    void twoNodesForOneDealAreOneRightAndOneWrong() throws IOException {
        Scorecard card = score(Map.of("a.json", TESSARO_QUILLON_DEAL), Map.of("deals", DEALS
                + "d1,q,Quillon Labs,,\nd1,t,Tessaro Systems,,\n"
                + "d2,q,Quillon Labs,2000000000,USD\nd2,t,Tessaro Systems,2000000000,USD\n"));
        assertEquals(new Tally(2, 1, 1, 1), card.tally(Kind.DEALS), card.report());
        assertTrue(card.report().contains("wrong  deals: (quillon labs, tessaro systems)\n"),
                "the node without a value is the one left over:\n" + card.report());
    }

    @Test
    void dealPartiesMustBeExactlyRight() throws IOException {
        Scorecard card = score(Map.of("a.json", TESSARO_QUILLON_DEAL), Map.of("deals", DEALS
                + "d1,q,Quillon Labs,,\nd1,t,Tessaro Systems,,\nd1,b,Brightmoor Capital,,\n"));
        assertEquals(new Tally(1, 0, 1, 0), card.tally(Kind.DEALS), card.report());
    }

    @Test
    void aliasesCaseSuffixesAndALeadingTheAreIgnored() throws IOException {
        String doc = """
                {"article": "a.md", "organizations": ["Brightmoor Capital", "Quillon Labs"],
                 "investments": [{"investor": "Brightmoor Capital", "investee": "Quillon Labs", "amount": 40e6,
                                  "currency": "EUR"}]}
                """;
        Files.writeString(gold.resolve("aliases.json"), "{\"Brightmoor Capital\": [\"BMC\"]}");
        Scorecard card = score(Map.of("a.json", doc), Map.of(
                "organizations", "org,name\no1,\"The Brightmoor Capital Holdings, Inc.\"\no2,QUILLON LABS LTD\no3,BMC\n",
                "investments", "investorName,investeeName,amount,currency\nBMC,Quillon Labs plc,40000000,EUR\n"));
        assertEquals(new Tally(2, 2, 2, 2), card.tally(Kind.ORGANIZATIONS), card.report());
        assertEquals(new Tally(1, 1, 1, 1), card.tally(Kind.INVESTMENTS), card.report());
        assertTrue(card.report().contains("organizations: 1 extra nodes"), "two nodes for one firm:\n" + card.report());
    }

    @Test
    void optionalFactsAreNeitherRightNorMissed() throws IOException {
        String doc = """
                {"article": "a.md",
                 "partnerships": [["Tessaro Systems", "Quillon Labs"],
                                  {"pair": ["Tessaro Systems", "Brightmoor Capital"], "optional": true},
                                  {"pair": ["Quillon Labs", "Brightmoor Capital"], "optional": true}]}
                """;
        Scorecard card = score(Map.of("a.json", doc), Map.of("partnerships",
                "orgName,partnerName\nQuillon Labs,Tessaro Systems\nBrightmoor Capital,Tessaro Systems\n"));
        assertEquals(new Tally(1, 1, 1, 1), card.tally(Kind.PARTNERSHIPS), card.report());
    }

    @Test
    void oneFactToldByTwoArticlesCountsOnceWithItsValuesPooled() throws IOException {
        String first = """
                {"article": "a.md", "acquisitions": [{"id": "t-q", "acquirer": "Tessaro Systems",
                  "target": "Quillon Labs", "amount": 300e6, "currency": "USD"}]}
                """;
        String second = """
                {"article": "b.md", "acquisitions": [{"id": "t-q", "acquirer": "Tessaro Systems",
                  "target": "Quillon Labs", "amount": 280e6, "currency": "EUR"}]}
                """;
        Scorecard card = score(Map.of("a.json", first, "b.json", second), Map.of("acquisitions",
                "acquirerName,targetName,amount,currency\nTessaro Systems,Quillon Labs,280000000,EUR\n"));
        assertEquals(new Tally(1, 1, 1, 1), card.tally(Kind.ACQUISITIONS), card.report());
    }

    @Test
    void fundingRoundsMatchOneToOneOnWhoRaisedAndHowMuch() throws IOException {
        String doc = """
                {"article": "a.md", "fundings": [
                  {"investee": "Quillon Labs", "amount": 50e6, "currency": "USD", "valuation": 400e6},
                  {"investee": "Quillon Labs", "amount": 12e6, "currency": "USD", "valuation": null}]}
                """;
        Scorecard card = score(Map.of("a.json", doc), Map.of("fundings",
                "round,investeeName,amount,currency,valuation,valuationCurrency\n"
                        + "r1,Quillon Labs,50000000,USD,400000000,USD\nr2,Quillon Labs,50000000,USD,,\n"));
        assertEquals(new Tally(2, 1, 2, 1), card.tally(Kind.FUNDINGS), card.report());
        assertTrue(card.report().contains("valuations right for 1 of 1"), card.report());
    }

    @Test
    void rolesArePairsAndTitlesAreANote() throws IOException {
        String doc = """
                {"article": "a.md", "roles": [{"person": "Ines Marlow", "org": "Quillon Labs", "title": "CEO|co-founder"}]}
                """;
        Scorecard card = score(Map.of("a.json", doc), Map.of("roles",
                "personName,orgName,title\nInes Marlow,Quillon Labs,chief executive\nInes Marlow,Tessaro Systems,\n"));
        assertEquals(new Tally(2, 1, 1, 1), card.tally(Kind.ROLES), card.report());
        assertTrue(card.report().contains("titles right for 1 of 1"), card.report());
    }

    @Test
    void namesAndTitlesCompareInTheirPlainForm() {
        assertEquals("acme widgets", Names.key("The Acme Widgets Group Holdings, Inc."));
        assertEquals("us steel", Names.key("U.S. Steel Corp."));
        assertEquals("karen ostrova", Names.key("Karén Ostrova"));
        assertEquals("run ai", Names.key("Run:ai"));
        assertEquals("quillon", Names.key("Quillon's"));
        assertEquals(Names.title("Chief Executive Officer"), Names.title("CEO"));
        assertEquals(Names.title("co-founder"), Names.title("Cofounder"));
        assertEquals(List.of("x", "y"), List.copyOf(new Names(Map.of()).alternatives("X|Y").stream().sorted().toList()));
    }

    @Test
    void figuresRoundAnExactTieToEven() {
        assertEquals("0.62", Scorecard.fixed(20.0 / 32, 2));
        assertEquals("0.63", Scorecard.fixed(0.6251, 2));
        assertEquals("0.608", Scorecard.fixed(0.6078, 3));
    }

    private Scorecard score(Map<String, String> goldFiles, Map<String, String> answers) throws IOException {
        for (Map.Entry<String, String> file : goldFiles.entrySet()) {
            Files.writeString(gold.resolve(file.getKey()), file.getValue());
        }
        return GoldScorer.score(gold, answers);
    }
}
